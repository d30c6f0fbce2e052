-- Staff who sign in to the console, and their roles.
CREATE SEQUENCE staff_member_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE staff_member (
    id              BIGINT                   NOT NULL,
    email           VARCHAR(254)             NOT NULL,
    display_name    VARCHAR(120)             NOT NULL,
    password_hash   VARCHAR(255)             NOT NULL,
    enabled         BOOLEAN                  NOT NULL,
    last_sign_in_at TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_staff_member PRIMARY KEY (id),
    CONSTRAINT uk_staff_member_email UNIQUE (email)
);

CREATE TABLE staff_role (
    staff_member_id BIGINT      NOT NULL,
    role            VARCHAR(20) NOT NULL,
    CONSTRAINT pk_staff_role PRIMARY KEY (staff_member_id, role),
    CONSTRAINT fk_staff_role_member FOREIGN KEY (staff_member_id) REFERENCES staff_member (id),
    CONSTRAINT ck_staff_role CHECK (role IN ('ADMIN', 'MODERATOR', 'COMMUNICATIONS'))
);
