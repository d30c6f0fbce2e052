package org.beacon.portal.newsletter;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Reads one thread's share of a campaign's due delivery rows in id order, claiming one chunk at a time in the
 * chunk's transaction (rows another run holds are skipped). The checkpoint is the last id handed to the writer; a
 * restart reads on from there, and anything before it that is still PENDING (waiting for a retry, or skipped) is read
 * by the next run. Stops when the campaign is no longer sending (paused, cancelled) or a later run has taken it over
 * on this run's server (this one is superseded), looked at every 50 rows and at each claim. Runs of other servers
 * claim beside it.
 */
@Named("newsletterDeliveryReader")
@Dependent
public class DeliveryReader extends AbstractItemReader {

    /**
     * A pause or cancel takes effect within this long, not only at the next fetch; looking at every fetch (a chunk,
     * some 20 ms) cost two queries a chunk, a tenth of a send's time.
     */
    private static final long LOOK_EVERY_NANOS = 500_000_000L;

    @Inject
    @BatchProperty
    private String campaignId;

    @Inject
    @BatchProperty
    private String partition;

    /** The server whose run this is: see {@link CampaignSending#goesOn}. */
    @Inject
    @BatchProperty
    private String node;

    @Inject
    @BatchProperty
    private String partitions;

    /** One chunk: the rows a chunk claims are locked until it commits, so it claims no more than it sends. */
    @Inject
    @BatchProperty
    private String chunk;

    @Inject
    private JobContext job;

    @EJB
    private CampaignSending sending;

    private final Deque<Recipient> buffer = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;
    private long lookedAt;
    private boolean looked;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint instanceof Long id ? id : 0L;
    }

    @Override
    public Object readItem() {
        long campaign = Long.parseLong(campaignId);
        if (!buffer.isEmpty() && dueToLook() && !goesOn(campaign)) {
            return null;
        }
        if (buffer.isEmpty()) {
            if (exhausted || dueToLook() && !goesOn(campaign)) {
                return null;
            }
            int fetch = Integer.parseInt(chunk);
            buffer.addAll(sending.claim(campaign, Integer.parseInt(partition), Integer.parseInt(partitions), lastId, fetch));
            exhausted = buffer.size() < fetch;
            if (buffer.isEmpty()) {
                return null;
            }
        }
        Recipient next = buffer.poll();
        lastId = next.deliveryId();
        return next;
    }

    private boolean dueToLook() {
        return !looked || System.nanoTime() - lookedAt >= LOOK_EVERY_NANOS;
    }

    private boolean goesOn(long campaign) {
        looked = true;
        lookedAt = System.nanoTime();
        return sending.goesOn(campaign, node, job.getExecutionId());
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
