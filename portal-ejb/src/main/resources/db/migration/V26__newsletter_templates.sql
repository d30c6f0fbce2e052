-- Newsletters staff saved as templates, to start new ones from. The built-in ones (the branded default, a one-column
-- announcement, an event digest) are written in code, so that a digest can list the events of the day it is started.
CREATE SEQUENCE campaign_template_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE campaign_template (
    id          BIGINT                   NOT NULL,
    name        VARCHAR(120)             NOT NULL,
    subject     VARCHAR(200),
    preheader   VARCHAR(200),
    from_name   VARCHAR(100),
    body        TEXT                     NOT NULL,
    created_by  VARCHAR(254)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_campaign_template PRIMARY KEY (id),
    CONSTRAINT uk_campaign_template_name UNIQUE (name)
);
