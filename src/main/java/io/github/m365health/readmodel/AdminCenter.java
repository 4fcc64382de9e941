package io.github.m365health.readmodel;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Deep links into the Microsoft 365 admin center (global cloud), where an admin with access reads
 * the item as Microsoft shows it. The item id is encoded: ids come from Graph and are untrusted.
 */
public final class AdminCenter {

    private static final String HOME = "https://admin.microsoft.com/Adminportal/Home#/";

    private AdminCenter() {
    }

    public static URI issue(String id) {
        return URI.create(HOME + "servicehealth/:/alerts/" + encode(id));
    }

    public static URI message(String id) {
        return URI.create(HOME + "MessageCenter/:/messages/" + encode(id));
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
