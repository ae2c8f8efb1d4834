package com.telekpr.local;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;

/** axe-core (admin-web's own npm copy) run on a page: the serious and critical WCAG 2.1 A/AA violations, in words. */
final class Accessibility {
    private static final Path AXE = Path.of("../../admin-web/node_modules/axe-core/axe.min.js");

    private Accessibility() {
    }

    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        if (page.evaluate("() => typeof window.axe") .equals("undefined")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
        }
        return (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
                }""");
    }
}
