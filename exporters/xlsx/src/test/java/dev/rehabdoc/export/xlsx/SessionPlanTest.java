package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionPlanTest {

    @Test
    void spreadsSessionsOverTheWeek() {
        assertThat(List.of(1, 2, 3).stream().map(n -> SessionPlan.dayOffset(n, 3))).containsExactly(0, 2, 4);
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7).stream().map(n -> SessionPlan.dayOffset(n, 7)))
                .containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(SessionPlan.dayOffset(14, 14)).isEqualTo(6);
        assertThat(SessionPlan.dayOffset(21, 21)).isEqualTo(6);
        assertThat(SessionPlan.dayOffset(1, 1)).isZero();
    }

    @Test
    void datesFromTheStartOrLabelsWithoutOne() {
        List<SessionPlan.Session> dated = SessionPlan.of(LocalDate.of(2026, 1, 5), 2, 2);
        assertThat(dated).containsExactly(
                new SessionPlan.Session(1, 1, LocalDate.of(2026, 1, 5)),
                new SessionPlan.Session(1, 2, LocalDate.of(2026, 1, 8)),
                new SessionPlan.Session(2, 1, LocalDate.of(2026, 1, 12)),
                new SessionPlan.Session(2, 2, LocalDate.of(2026, 1, 15)));

        List<SessionPlan.Session> undated = SessionPlan.of(null, 1, 2);
        assertThat(undated).extracting(SessionPlan.Session::label).containsExactly("Week 1, session 1", "Week 1, session 2");
        assertThat(undated).allMatch(session -> session.date() == null);
    }
}
