-- Which server started the campaign's current run (its jboss.node.name), beside the run's id: on several servers an
-- operator, and the crash bench, can tell whose run it is.
ALTER TABLE campaign ADD COLUMN runner_node VARCHAR(255);
