package io.github.m365health.translate;

/** The cache key of a fragment already built: the same SHA-256 as {@link SourceText#sha256()}. */
final class SourceTextHash {

    private SourceTextHash() {
    }

    static String of(String fragment) {
        return new SourceText(fragment, false).sha256();
    }
}
