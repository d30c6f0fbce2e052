package org.beacon.portal.setting;

import static org.beacon.portal.account.Role.Names.ADMIN;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditTrail;
import org.beacon.portal.inquiry.InquiryTopic;
import org.beacon.portal.platform.EditableSetting;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.SettingsChanged;

/**
 * Administrators change the organisation's settings (its name and postal address, where inquiry notifications go, the
 * quick-exit destination, how long data is kept, how fast newsletters go): each value is checked, all of a save or
 * none of it is stored, every change leaves an audit line, and it applies at once, without a restart.
 */
@Stateless
@RolesAllowed(ADMIN)
public class SettingsAdministration {

    private static final String NOT_EDITABLE = "The console cannot change this setting.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<SettingsChanged> changed;

    @Resource
    private SessionContext session;

    /** Every setting the console can change, in the page's order, with its value now and where it comes from. */
    public List<SettingState> current() {
        Map<String, SavedSetting> saved = saved();
        PortalSettings now = settings.withConsoleValues(values(saved));
        return names().stream().map(name -> state(name, saved.get(name), now)).toList();
    }

    /**
     * Stores the values that differ from what applies now (by setting name; the rest are left as they are), or, if
     * any of them will not do, none: {@link SettingsRefused} then says what is wrong with each. Returns how many changed.
     */
    public int save(@NotNull Map<String, String> typed) {
        Map<String, SavedSetting> saved = saved();
        PortalSettings before = settings.withConsoleValues(values(saved));
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> changes = new LinkedHashMap<>();
        for (String name : names()) {
            if (!typed.containsKey(name)) {
                continue;
            }
            EditableSetting setting = EditableSetting.named(name).orElseThrow();
            String value = SettingValues.normalised(setting, typed.get(name));
            if (value.equals(orNone(before.currentValue(name)))) {
                continue;
            }
            SettingValues.problem(setting, value).ifPresentOrElse(problem -> problems.put(name, problem), () -> changes.put(name, value));
        }
        typed.keySet().stream().filter(name -> !names().contains(name)).forEach(name -> problems.put(name, NOT_EDITABLE));
        if (!problems.isEmpty()) {
            throw new SettingsRefused(problems);
        }
        Instant at = clock.instant();
        String by = session.getCallerPrincipal().getName();
        changes.forEach((name, value) -> {
            SavedSetting row = saved.get(name);
            if (row == null) {
                em.persist(new SavedSetting(name, value, at, by));
            } else {
                row.change(value, at, by);
            }
            audit.record(AuditAction.SETTING_CHANGED, null, null, name + ": " + shown(before.currentValue(name)) + " -> " + shown(value));
        });
        if (!changes.isEmpty()) {
            changed.fire(new SettingsChanged());
        }
        return changes.size();
    }

    /** Forgets the console's value of a setting, so the environment's (or the default) applies again. */
    public void clear(String name) {
        if (!names().contains(name)) {
            throw new SettingsRefused(Map.of(String.valueOf(name), NOT_EDITABLE));
        }
        SavedSetting row = em.find(SavedSetting.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            return;
        }
        em.remove(row);
        Map<String, SavedSetting> rest = saved();
        rest.remove(name);
        SettingState after = state(name, null, settings.withConsoleValues(values(rest)));
        audit.record(AuditAction.SETTING_CHANGED, null, null, name + " cleared: " + shown(row.getValue()) + " -> " + shown(after.value())
                + " (" + after.source().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        changed.fire(new SettingsChanged());
    }

    /** The settings' names: the general ones, with a notification address for each inquiry topic after the general one. */
    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (EditableSetting setting : EditableSetting.values()) {
            names.add(setting.variable());
            if (setting == EditableSetting.INQUIRY_TO) {
                for (InquiryTopic topic : InquiryTopic.values()) {
                    names.add(EditableSetting.inquiryTo(topic.name()));
                }
            }
        }
        return names;
    }

    private SettingState state(String name, SavedSetting row, PortalSettings now) {
        String value = now.currentValue(name);
        if (row != null) {
            return new SettingState(name, EditableSetting.named(name).orElseThrow(), value, SettingState.Source.CONSOLE,
                    row.getChangedAt(), row.getChangedBy());
        }
        SettingState.Source source = settings.environmentValue(name).isPresent() ? SettingState.Source.ENVIRONMENT
                : EditableSetting.topicOf(name).isPresent() ? SettingState.Source.ALL_TOPICS : SettingState.Source.DEFAULT;
        return new SettingState(name, EditableSetting.named(name).orElseThrow(), value, source, null, null);
    }

    private Map<String, SavedSetting> saved() {
        return em.createQuery("select s from SavedSetting s", SavedSetting.class).getResultStream()
                .collect(Collectors.toMap(SavedSetting::getName, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, String> values(Map<String, SavedSetting> saved) {
        return saved.values().stream().collect(Collectors.toMap(SavedSetting::getName, SavedSetting::getValue));
    }

    private static String orNone(String value) {
        return value == null ? "" : value;
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "(none)" : "\"" + value + "\"";
    }
}
