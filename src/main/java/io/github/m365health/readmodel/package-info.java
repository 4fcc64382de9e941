/**
 * What the issue and Message Center pages and the JSON API read: immutable records answered by
 * the store ({@link io.github.m365health.readmodel.ReadModel}), so that no SQL type reaches the
 * web layer and other readers (incident dossier, translations) build on the same records.
 * Everything here holds Microsoft's text as sent: titles, impact text, posts and bodies are
 * untrusted and must be escaped or sanitized by whoever renders them.
 */
package io.github.m365health.readmodel;
