package org.beacon.portal.newsletter;

import java.util.Properties;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Splits a campaign's delivery rows between the sending threads by {@code id mod n}: each thread has its own share,
 * its own SMTP connection and its own checkpoint. A restart keeps the original plan, so every share resumes from
 * where it stopped.
 */
@Named("newsletterPartitions")
@Dependent
public class SendPartitions implements PartitionMapper {

    @Inject
    @BatchProperty
    private String threads;

    @Override
    public PartitionPlan mapPartitions() {
        int n = Math.max(1, Integer.parseInt(threads));
        Properties[] properties = new Properties[n];
        for (int i = 0; i < n; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", Integer.toString(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(n);
        plan.setPartitionProperties(properties);
        plan.setPartitionsOverride(false);
        return plan;
    }
}
