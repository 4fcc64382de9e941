package io.github.m365health.web;

import io.github.m365health.config.Pem;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Certificates and private keys from PEM text, in the forms Go's {@code tls.X509KeyPair} takes:
 * PKCS#8 ({@code PRIVATE KEY}), PKCS#1 ({@code RSA PRIVATE KEY}) and SEC 1 ({@code EC PRIVATE KEY}).
 * Messages never contain key material.
 */
final class PemKeys {

    private static final byte[] EC_PUBLIC_KEY_OID = {0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01};

    private PemKeys() {
    }

    static List<X509Certificate> certificates(String pem) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Pem.Block block : Pem.blocks(pem)) {
                if (block.type().equals("CERTIFICATE")) {
                    certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
                }
            }
        } catch (CertificateException e) {
            throw new IllegalArgumentException("a CERTIFICATE block cannot be read as X.509");
        }
        return certificates;
    }

    static PrivateKey privateKey(String pem) {
        for (Pem.Block block : Pem.blocks(pem)) {
            if (block.type().endsWith("PRIVATE KEY") && !block.headers().isEmpty()) {
                throw new IllegalArgumentException("the private key is encrypted; the toolkit format takes unencrypted keys");
            }
            switch (block.type()) {
                case "PRIVATE KEY" -> {
                    return pkcs8(block.der());
                }
                case "RSA PRIVATE KEY" -> {
                    return pkcs8(Pem.pkcs1ToPkcs8(block.der()));
                }
                case "EC PRIVATE KEY" -> {
                    return pkcs8(ecToPkcs8(block.der()));
                }
                case "ENCRYPTED PRIVATE KEY" -> throw new IllegalArgumentException(
                        "the private key is encrypted; the toolkit format takes unencrypted keys");
                default -> {
                    // Certificates and parameters sit beside keys in many PEM files.
                }
            }
        }
        throw new IllegalArgumentException("no PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY block found");
    }

    private static PrivateKey pkcs8(byte[] der) {
        for (String algorithm : List.of("RSA", "EC", "Ed25519", "RSASSA-PSS")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // Try the next algorithm: PKCS#8 names it inside, KeyFactory wants it outside.
            }
        }
        throw new IllegalArgumentException("the private key cannot be read (RSA, EC or Ed25519 expected)");
    }

    /**
     * SEC 1 ECPrivateKey: SEQUENCE { INTEGER 1, OCTET STRING key, [0] curve OID, [1] public key }.
     * PKCS#8 wants the curve beside the algorithm: SEQUENCE { 0, { ecPublicKey, curve }, OCTET STRING sec1 }.
     */
    private static byte[] ecToPkcs8(byte[] sec1) {
        int[] outer = header(sec1, 0);
        int at = outer[0];
        int end = at + outer[1];
        while (at < end) {
            int tag = sec1[at] & 0xff;
            int[] item = header(sec1, at);
            if (tag == 0xa0) {
                byte[] curve = Arrays.copyOfRange(sec1, item[0], item[0] + item[1]);
                byte[] algorithm = Pem.derTagged(0x30, concat(EC_PUBLIC_KEY_OID, curve));
                return Pem.derTagged(0x30, concat(new byte[] {0x02, 0x01, 0x00}, algorithm, Pem.derTagged(0x04, sec1)));
            }
            at = item[0] + item[1];
        }
        throw new IllegalArgumentException("the EC private key does not name its curve");
    }

    /** @return {offset of the content, its length} of the DER item at {@code at} */
    private static int[] header(byte[] der, int at) {
        int length = der[at + 1] & 0xff;
        int content = at + 2;
        if (length >= 0x80) {
            int octets = length & 0x7f;
            length = 0;
            for (int i = 0; i < octets; i++) {
                length = length << 8 | der[content + i] & 0xff;
            }
            content += octets;
        }
        return new int[] {content, length};
    }

    private static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
