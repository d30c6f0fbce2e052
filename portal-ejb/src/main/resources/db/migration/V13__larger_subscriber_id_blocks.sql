-- An import of 100,000 people asked the database for new subscriber and history ids 4,000 times, 50 at a time;
-- blocks of 500 make that 400. Hibernate's pooled optimiser reads the increment as the block size, so the entities'
-- allocationSize changes with it, and ids already given out are never reused.
ALTER SEQUENCE subscriber_seq INCREMENT BY 500;
ALTER SEQUENCE subscriber_event_seq INCREMENT BY 500;
