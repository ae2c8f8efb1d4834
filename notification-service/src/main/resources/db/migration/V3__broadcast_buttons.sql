-- A broadcast may carry one link button under its text (buttonText, buttonUrl: both or neither).
alter table broadcasts add column button_text text;
alter table broadcasts add column button_url text;
