package dev.rehabdoc.model;

import java.util.List;

/** Copies a record's list component: absent and empty are the same, and the copy is immutable. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
