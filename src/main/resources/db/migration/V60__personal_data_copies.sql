-- Privacy (issue 15): mails and in-portal notices that copy a feature's personal data carry a reference to it
-- (e.g. 'seminar:42'); when that data's retention ends, its copies are deleted with it.
alter table outbound_mail add column personal_data_ref varchar(100);
create index outbound_mail_personal_data_idx on outbound_mail (personal_data_ref) where personal_data_ref is not null;

alter table portal_notice add column personal_data_ref varchar(100);
create index portal_notice_personal_data_idx on portal_notice (personal_data_ref) where personal_data_ref is not null;
