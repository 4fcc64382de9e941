package io.github.m365health.web;

/** A problem at a key path of a web config, turned into the one-line message by {@link WebConfigFile#load}. */
final class WebConfigProblem extends Exception {
    private static final long serialVersionUID = 1L;

    WebConfigProblem(String at, String what) {
        super(at + ": " + what);
    }
}
