package org.beacon.portal.setting;

import java.util.LinkedHashMap;
import java.util.Map;

import org.beacon.portal.platform.Refused;

/**
 * Settings that will not do, each with what is wrong said for the person who typed it, by setting name, so a page can
 * show every message beside its field at once; nothing of the save is kept.
 */
public class SettingsRefused extends Refused {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, String> problems;

    public SettingsRefused(Map<String, String> problems) {
        super(problems.keySet().iterator().next(), problems.values().iterator().next());
        this.problems = new LinkedHashMap<>(problems);
    }

    /** What is wrong, by setting name, in the page's order. */
    public Map<String, String> getProblems() {
        return problems;
    }
}
