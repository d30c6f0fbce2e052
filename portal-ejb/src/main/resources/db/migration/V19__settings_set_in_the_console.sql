-- Settings an administrator changed at /admin/settings: one row per setting, holding the value that wins over the
-- environment variable of the same name, and who set it when (the page shows both). A setting never changed in the
-- console has no row; clearing it there deletes the row, and the environment or the default applies again.
CREATE TABLE portal_setting (
    name          VARCHAR(60)              NOT NULL,
    setting_value VARCHAR(1000)            NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by    VARCHAR(254)             NOT NULL,
    CONSTRAINT pk_portal_setting PRIMARY KEY (name)
);
