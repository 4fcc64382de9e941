package io.github.m365health.readmodel;

/**
 * Which slice of a list to read.
 *
 * @param number 1-based page number
 * @param size   rows per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int number, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (number < 1) {
            throw new IllegalArgumentException("page must be 1 or more, got " + number);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("per_page must be between 1 and " + MAX_SIZE + ", got " + size);
        }
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    /** Rows to skip before this page. */
    public long offset() {
        return (long) (number - 1) * size;
    }

    /** Pages needed for {@code total} rows; at least 1, so an empty list still has its first page. */
    public int pageCount(long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
