-- A second sign-in step for staff: the authenticator's secret (sealed with a key derived from the token key), the
-- last time step whose code was used (so no code works twice), and the recovery codes still unused, as keyed hashes.
ALTER TABLE staff_member ADD COLUMN totp_secret VARCHAR(200);
ALTER TABLE staff_member ADD COLUMN totp_last_step BIGINT;
ALTER TABLE staff_member ADD COLUMN second_factor_since TIMESTAMP WITH TIME ZONE;

CREATE TABLE staff_recovery_code (
    staff_member_id BIGINT      NOT NULL,
    code_hash       VARCHAR(64) NOT NULL,
    CONSTRAINT pk_staff_recovery_code PRIMARY KEY (staff_member_id, code_hash),
    CONSTRAINT fk_staff_recovery_code_member FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE
);
