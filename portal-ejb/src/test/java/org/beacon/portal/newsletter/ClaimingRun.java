package org.beacon.portal.newsletter;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What another server's run of a campaign does to its rows, for tests that have only one server. */
@Stateless
@PermitAll
public class ClaimingRun {

    @Inject
    private Deliveries deliveries;

    @PersistenceContext
    private EntityManager em;

    /**
     * Claims a chunk as a run's thread does, in a transaction of its own, and holds it until {@code release} counts
     * down (at once if null); {@code claimed} counts down once the rows are held. Returns the claimed delivery rows.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> claim(long campaignId, int max, CountDownLatch claimed, CountDownLatch release) throws InterruptedException {
        List<Long> rows = deliveries.claim(campaignId, 0, 1, 0L, max).stream().map(Recipient::deliveryId).toList();
        claimed.countDown();
        // Bounded, so a test that never releases fails instead of keeping the rows locked for the tests after it.
        if (release != null && !release.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The claim on campaign " + campaignId + " was never released");
        }
        return rows;
    }

    /** The campaign's run as recorded by another server, such as one that has since died. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordedElsewhere(long campaignId, long execution, String node) {
        em.createNativeQuery("update campaign set job_execution_id = ?1, runner_node = ?2 where id = ?3")
                .setParameter(1, execution).setParameter(2, node).setParameter(3, campaignId).executeUpdate();
    }

    /** Another server's run of the campaign, as its launch records it, last said to be sending at {@code seenAt}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void runElsewhere(long campaignId, String node, long execution, java.time.Instant seenAt) {
        em.createNativeQuery("insert into campaign_run (campaign_id, node, job_execution_id, started_at, seen_at) values (?1, ?2, ?3, ?4, ?4)")
                .setParameter(1, campaignId).setParameter(2, node).setParameter(3, execution).setParameter(4, seenAt).executeUpdate();
    }

    /** How many of the campaign's messages each server sent. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public java.util.Map<String, Long> sentBy(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select sent_by, count(*) from campaign_delivery where campaign_id = ?1 and status = 'SENT' group by sent_by")
                .setParameter(1, campaignId).getResultList();
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        rows.forEach(r -> counts.put(String.valueOf(r[0]), ((Number) r[1]).longValue()));
        return counts;
    }
}
