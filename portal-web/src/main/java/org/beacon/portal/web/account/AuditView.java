package org.beacon.portal.web.account;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.web.account.RecentProof;
import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditEvent;
import org.beacon.portal.account.AuditFilter;
import org.beacon.portal.account.AuditLog;
import org.beacon.portal.account.AuditTarget;
import org.beacon.portal.account.StaffMember;
import org.beacon.portal.web.platform.CsvDownload;
import org.beacon.portal.web.platform.PagedRows;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code /admin/staff/audit}: the audit log narrowed by person, action, target and days, newest first, counted only
 * up to a cap; the same lines as CSV.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecentProof recentProof;

    @EJB
    private AuditLog log;

    private Long person;
    private AuditAction action;
    private AuditTarget targetType;
    private Long targetId;
    private LocalDate from;
    private LocalDate to;
    private LazyDataModel<AuditEvent> rows;
    private int counted;
    private List<StaffMember> people;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(() -> {
            counted = log.countUpToCap(filter());
            return (long) counted;
        }, (first, size) -> log.events(filter(), first, size), id -> null, AuditEvent::getId);
    }

    private AuditFilter filter() {
        return new AuditFilter(person, action, targetType, targetType == null ? null : targetId, from, to);
    }

    public String getCountLabel() {
        return counted > AuditLog.COUNT_CAP ? "More than " + String.format("%,d", AuditLog.COUNT_CAP) + " lines"
                : counted + (counted == 1 ? " line" : " lines");
    }

    public StreamedContent getCsv() {
        if (!recentProof.confirmedOrAsk()) {
            return null;
        }
        AuditFilter filter = filter();
        return CsvDownload.of("audit-log", out -> log.export(filter, out));
    }

    public List<StaffMember> getPeople() {
        if (people == null) {
            people = log.people();
        }
        return people;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditTarget[] getTargetTypes() {
        return AuditTarget.values();
    }

    public LazyDataModel<AuditEvent> getRows() {
        return rows;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public AuditTarget getTargetType() {
        return targetType;
    }

    public void setTargetType(AuditTarget targetType) {
        this.targetType = targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
