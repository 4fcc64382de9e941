package io.github.m365health.translate;

/**
 * A provider's documented limits for one request.
 *
 * @param maxTexts      texts in one request
 * @param maxCharacters characters (code points) of all texts together
 * @param maxBodyBytes  bytes of the whole JSON request body
 */
public record BatchLimits(int maxTexts, long maxCharacters, long maxBodyBytes) {

    public BatchLimits {
        if (maxTexts < 1 || maxCharacters < 1 || maxBodyBytes < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxTexts + ", " + maxCharacters
                    + ", " + maxBodyBytes);
        }
    }
}
