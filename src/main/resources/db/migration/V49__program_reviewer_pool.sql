-- Program: the reviewer pool (평가위원). Officials invite reviewers (the account is created in Keycloak through the
-- identity outbox; until then the reviewer's subject is the invitation's placeholder id, replaced by the account id
-- when Keycloak has created it, hence ON UPDATE CASCADE), record their affiliation (it feeds the conflict-of-interest
-- check) and expertise (KSIC sections A-U and technology keywords), and deactivate them.
alter table program_reviewer add column affiliation varchar(255);
alter table program_reviewer add column expertise_sections varchar(64) not null default '';
alter table program_reviewer add column keywords varchar(500);
alter table program_reviewer add column status varchar(20) not null default 'ACTIVE';
alter table program_reviewer add column invited_at timestamptz;
alter table program_reviewer add column deactivated_at timestamptz;
alter table program_reviewer add constraint program_reviewer_status_check
    check (status in ('INVITED', 'ACTIVE', 'DEACTIVATED'));
alter table program_reviewer add constraint program_reviewer_sections_check
    check (expertise_sections ~ '^([A-U](,[A-U])*)?$');

alter table review_assignment drop constraint review_assignment_reviewer_subject_fkey;
alter table review_assignment add constraint review_assignment_reviewer_subject_fkey
    foreign key (reviewer_subject) references program_reviewer (subject) on update cascade;

-- An open assignment whose reviewer was deactivated stays (with its draft scores) and is flagged for the official.
alter table review_assignment add column reviewer_withdrawn_at timestamptz;
