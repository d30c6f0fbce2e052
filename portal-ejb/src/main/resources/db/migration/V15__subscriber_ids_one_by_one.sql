-- An import now adds new people set-wise in SQL, each row taking its id from the sequence with nextval; blocks of 500
-- (V13) would spend 500 ids a row. One by one again: the entities' allocationSize is 1 with it (one nextval per
-- sign-up is nothing), and ids already given out are never reused, as every block ended at or below the sequence.
ALTER SEQUENCE subscriber_seq INCREMENT BY 1;
ALTER SEQUENCE subscriber_event_seq INCREMENT BY 1;
