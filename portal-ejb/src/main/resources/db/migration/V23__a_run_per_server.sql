-- On several servers every one of them sends a campaign at once, each with a run of its own: per campaign and server,
-- the run that server started last (a run goes on only while it is its server's latest, so a server never keeps two)
-- and when that server last said it was sending (the relay's rate is shared among the servers sending now).
CREATE TABLE campaign_run (
    campaign_id      BIGINT                   NOT NULL,
    node             VARCHAR(255)             NOT NULL,
    job_execution_id BIGINT                   NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_campaign_run PRIMARY KEY (campaign_id, node),
    CONSTRAINT fk_campaign_run_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
);

-- Which server sent each message, for the operator (and the cluster bench) to see that every server sends.
ALTER TABLE campaign_delivery ADD COLUMN sent_by VARCHAR(255);
