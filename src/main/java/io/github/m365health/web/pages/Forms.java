package io.github.m365health.web.pages;

import java.util.List;

/** Pieces of the filter forms: a labelled select whose first choice means "any". */
final class Forms {

    private Forms() {
    }

    static String select(String label, String name, List<String> choices, String chosen) {
        StringBuilder html = new StringBuilder("<label>").append(Escape.html(label))
                .append(" <select name=\"").append(name).append("\">\n<option value=\"\">any</option>\n");
        for (String choice : choices) {
            html.append("<option value=\"").append(Escape.html(choice)).append('"')
                    .append(choice.equals(chosen) ? " selected" : "").append('>')
                    .append(Escape.html(choice)).append("</option>\n");
        }
        return html.append("</select></label>\n").toString();
    }

    static String text(String label, String name, String value) {
        return "<label>" + Escape.html(label) + " <input type=\"search\" name=\"" + name + "\" value=\""
                + Escape.html(value) + "\"></label>\n";
    }

    static String pager(Links links, String path, int number, int pages, String previousQuery, String nextQuery) {
        StringBuilder html = new StringBuilder("<p class=\"pager\">");
        if (number > 1) {
            html.append("<a rel=\"prev\" href=\"").append(Escape.html(links.path(path + previousQuery))).append("\">← Previous</a> ");
        }
        html.append("Page ").append(number).append(" of ").append(pages);
        if (number < pages) {
            html.append(" <a rel=\"next\" href=\"").append(Escape.html(links.path(path + nextQuery))).append("\">Next →</a>");
        }
        return html.append("</p>\n").toString();
    }
}
