package io.github.m365health.graph;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Whether bytes are well-formed UTF-8, so that only a damaged page pays for lenient decoding. */
final class Utf8 {

    private Utf8() {
    }

    static boolean isValid(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return decodesStrictly(bytes);
            }
        }
        // Plain ASCII, as most of Graph's JSON is.
        return true;
    }

    private static boolean decodesStrictly(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
