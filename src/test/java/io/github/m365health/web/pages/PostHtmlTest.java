package io.github.m365health.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostHtmlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain text stays text, newlines kept | `Title: A\nUser impact: B & C` | `Title: A\nUser impact: B &amp; C`",
            "structure is kept                    | <p>One <b>two</b></p><ul><li>x</li></ul> | <p>One <b>two</b></p><ul><li>x</li></ul>",
            "script is dropped with its code      | a<script>alert(1)</script>b | ab",
            "style is dropped with its rules      | a<style>body{display:none}</style>b | ab",
            "iframes are dropped                  | a<iframe src=\"https://x\"></iframe>b | ab",
            "handlers are dropped                 | <p onclick=\"x()\">a</p> | <p>a</p>",
            "images are dropped                   | a<img src=\"https://tracker/x.gif\" onerror=\"x()\">b | ab",
            "javascript: links lose their target  | <a href=\"javascript:x()\">a</a> | `<a rel=\"noopener noreferrer\" target=\"_blank\">a</a>`",
            "web links open safely                | <a href=\"https://learn.microsoft.com/x\">doc</a> | `<a href=\"https://learn.microsoft.com/x\" rel=\"noopener noreferrer\" target=\"_blank\">doc</a>`",
            "a given rel is replaced              | <a href=\"https://x.example/\" rel=\"opener\">x</a> | `<a href=\"https://x.example/\" rel=\"noopener noreferrer\" target=\"_blank\">x</a>`"})
    void keepsTextAndStructureAndDropsWhatCouldRun(String why, String untrusted, String expected) {
        assertEquals(expected, PostHtml.clean(untrusted), why);
    }
}
