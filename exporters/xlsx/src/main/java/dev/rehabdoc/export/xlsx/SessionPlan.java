package dev.rehabdoc.export.xlsx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The sessions a program plans: for each week, its sessions spread over the seven days from the start. */
final class SessionPlan {

    /** One planned session; {@code date} is null when the program has no start. */
    record Session(int week, int number, LocalDate date) {

        /** How the log names a session that has no date. */
        String label() {
            return "Week " + week + ", session " + number;
        }
    }

    private SessionPlan() {
    }

    /** The sessions of {@code weeks} weeks of {@code perWeek} sessions, dated from {@code start} when given. */
    static List<Session> of(LocalDate start, int weeks, int perWeek) {
        List<Session> sessions = new ArrayList<>(weeks * perWeek);
        for (int week = 1; week <= weeks; week++) {
            for (int number = 1; number <= perWeek; number++) {
                LocalDate date = start == null ? null : start.plusDays(7L * (week - 1) + dayOffset(number, perWeek));
                sessions.add(new Session(week, number, date));
            }
        }
        return sessions;
    }

    /** Days after the week's first day: three sessions fall on days 0, 2 and 4; fourteen on two a day. */
    static int dayOffset(int number, int perWeek) {
        return (number - 1) * 7 / perWeek;
    }
}
