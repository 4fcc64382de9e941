package io.github.m365health.config;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The blocks of a PEM file; text around them (comments, "Bag Attributes") is ignored as OpenSSL does. */
public final class Pem {

    /** @param headers the "Proc-Type: 4,ENCRYPTED" lines of a legacy encrypted key, if any */
    public record Block(String type, String headers, byte[] der) {
    }

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\R(.*?)-----END \\1-----", Pattern.DOTALL);

    private Pem() {
    }

    static boolean looksLikePem(String text) {
        return text.contains("-----BEGIN ");
    }

    /** @throws IllegalArgumentException if a block's body is not base64 */
    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(text.replace("\r\n", "\n"));
        while (matcher.find()) {
            String body = matcher.group(2);
            String headers = "";
            int blank = body.indexOf("\n\n");
            if (body.contains(":") && blank >= 0) {
                headers = body.substring(0, blank);
                body = body.substring(blank + 2);
            }
            try {
                blocks.add(new Block(matcher.group(1), headers, Base64.getMimeDecoder().decode(body.strip())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the " + matcher.group(1) + " block is not valid base64");
            }
        }
        return blocks;
    }

    /**
     * Wraps a PKCS#1 RSAPrivateKey (OpenSSL's "RSA PRIVATE KEY") in the PKCS#8 PrivateKeyInfo that
     * Java's KeyFactory reads: SEQUENCE { INTEGER 0, SEQUENCE { rsaEncryption, NULL }, OCTET STRING }.
     */
    public static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
        byte[] version = {0x02, 0x01, 0x00};
        byte[] rsaEncryption = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7,
                0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
        byte[] octetString = derTagged(0x04, pkcs1);
        byte[] content = new byte[version.length + rsaEncryption.length + octetString.length];
        System.arraycopy(version, 0, content, 0, version.length);
        System.arraycopy(rsaEncryption, 0, content, version.length, rsaEncryption.length);
        System.arraycopy(octetString, 0, content, version.length + rsaEncryption.length, octetString.length);
        return derTagged(0x30, content);
    }

    /** DER's tag-length-value encoding of {@code content} under {@code tag}. */
    public static byte[] derTagged(int tag, byte[] content) {
        int length = content.length;
        byte[] lengthBytes;
        if (length < 0x80) {
            lengthBytes = new byte[] {(byte) length};
        } else {
            int octets = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
            lengthBytes = new byte[octets + 1];
            lengthBytes[0] = (byte) (0x80 | octets);
            for (int i = 0; i < octets; i++) {
                lengthBytes[octets - i] = (byte) (length >>> (8 * i));
            }
        }
        byte[] out = new byte[1 + lengthBytes.length + length];
        out[0] = (byte) tag;
        System.arraycopy(lengthBytes, 0, out, 1, lengthBytes.length);
        System.arraycopy(content, 0, out, 1 + lengthBytes.length, length);
        return out;
    }
}
