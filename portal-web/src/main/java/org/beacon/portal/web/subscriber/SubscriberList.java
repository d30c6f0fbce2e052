package org.beacon.portal.web.subscriber;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.beacon.portal.subscriber.MailingList;
import org.beacon.portal.subscriber.ManualSubscriber;
import org.beacon.portal.subscriber.Subscriber;
import org.beacon.portal.subscriber.SubscriberAdmin;
import org.beacon.portal.subscriber.SubscriberFilter;
import org.beacon.portal.subscriber.SubscriberRefused;
import org.beacon.portal.subscriber.SubscriberStatus;
import org.beacon.portal.web.account.RecentProof;
import org.beacon.portal.web.platform.CsvDownload;
import org.beacon.portal.web.platform.PagedRows;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code /admin/subscriber/}: the lazy table narrowed by email or name prefix, list, status and sign-up date,
 * counted only up to a cap; adding one person by hand; the filtered set as CSV.
 */
@Named
@ViewScoped
public class SubscriberList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecentProof recentProof;

    @EJB
    private SubscriberAdmin admin;

    private String search;
    private Long list;
    private SubscriberStatus status;
    private LocalDate from;
    private LocalDate to;
    private LazyDataModel<Subscriber> rows;
    private int counted;
    private List<MailingList> lists;
    private final ManualSubscriber manual = new ManualSubscriber();

    @PostConstruct
    void init() {
        rows = new PagedRows<>(() -> {
            counted = admin.countUpToCap(filter());
            return (long) counted;
        }, (first, size) -> admin.subscribers(filter(), first, size), id -> admin.subscriber(id).subscriber(), Subscriber::getId);
    }

    private SubscriberFilter filter() {
        return new SubscriberFilter(search, list, status, from, to);
    }

    /** "12 subscribers", or "More than 10,000 subscribers" once the count stopped at its cap. */
    public String getCountLabel() {
        return counted > SubscriberAdmin.COUNT_CAP ? "More than " + String.format("%,d", SubscriberAdmin.COUNT_CAP) + " subscribers"
                : counted + (counted == 1 ? " subscriber" : " subscribers");
    }

    public void add() {
        try {
            Subscriber added = admin.addByHand(manual);
            Messages.addGlobalInfo("Added: {0}.", added.getEmail());
            manual.setEmail(null);
            manual.setFirstName(null);
            manual.setConsentBasis(null);
        } catch (SubscriberRefused e) {
            Messages.addError("manual:manualEmail", e.getMessage());
            Faces.validationFailed();
        }
    }

    public StreamedContent getCsv() {
        if (!recentProof.confirmedOrAsk()) {
            return null;
        }
        SubscriberFilter filter = filter();
        return CsvDownload.of("subscribers", out -> admin.export(filter, out));
    }

    public List<MailingList> getLists() {
        if (lists == null) {
            lists = admin.allLists();
        }
        return lists;
    }

    public SubscriberStatus[] getStatuses() {
        return SubscriberStatus.values();
    }

    public LazyDataModel<Subscriber> getRows() {
        return rows;
    }

    public ManualSubscriber getManual() {
        return manual;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getList() {
        return list;
    }

    public void setList(Long list) {
        this.list = list;
    }

    public SubscriberStatus getStatus() {
        return status;
    }

    public void setStatus(SubscriberStatus status) {
        this.status = status;
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
