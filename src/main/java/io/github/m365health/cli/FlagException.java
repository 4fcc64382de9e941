package io.github.m365health.cli;

/** A command line that cannot be run: one line, {@code <flag>: <problem>}, printed before exiting. */
public final class FlagException extends Exception {

    private final String flag;

    public FlagException(String flag, String problem) {
        super(flag + ": " + problem);
        this.flag = flag;
    }

    /** The flag (or argument) at fault, as typed, e.g. {@code --log.level}. */
    public String flag() {
        return flag;
    }
}
