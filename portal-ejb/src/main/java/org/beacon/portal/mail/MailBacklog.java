package org.beacon.portal.mail;

import java.io.Serializable;
import java.time.Duration;

/**
 * How far behind the outbox is: mail still waiting (retries included), how long the oldest has waited (none when
 * nothing waits), and mail given up on in the last week.
 */
public record MailBacklog(long pending, Duration oldestPendingAge, long failedLastWeek) implements Serializable {
}
