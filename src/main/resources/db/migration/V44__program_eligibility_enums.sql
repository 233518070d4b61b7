-- Programs speak the company registry's vocabulary: eligible regions and size classes are stored as the names of the
-- company feature's enums Region and SizeClass (DAEGU, SMALL ...), labelled in the viewer's language from the company
-- bundle, instead of the Korean labels stored so far (대구, 소기업 ...). The same goes for the eligibility reasons
-- recorded at submission (grant_application.eligibility_notes and the audit entries of submissions), "other"
-- documents get a fixed requirement name, and an application remembers the language its applicant chose, so that
-- decision mails are written in it.

create temporary table eligibility_label (
    kind  varchar(10) not null,
    label varchar(20) not null,
    name  varchar(20) not null
);

insert into eligibility_label (kind, label, name) values
    ('region', '서울', 'SEOUL'), ('region', '부산', 'BUSAN'), ('region', '대구', 'DAEGU'),
    ('region', '인천', 'INCHEON'), ('region', '광주', 'GWANGJU'), ('region', '대전', 'DAEJEON'),
    ('region', '울산', 'ULSAN'), ('region', '세종', 'SEJONG'), ('region', '경기', 'GYEONGGI'),
    ('region', '강원', 'GANGWON'), ('region', '충북', 'CHUNGBUK'), ('region', '충남', 'CHUNGNAM'),
    ('region', '전북', 'JEONBUK'), ('region', '전남', 'JEONNAM'), ('region', '경북', 'GYEONGBUK'),
    ('region', '경남', 'GYEONGNAM'), ('region', '제주', 'JEJU'),
    ('size', '소상공인', 'MICRO'), ('size', '소기업', 'SMALL'), ('size', '중기업', 'MEDIUM'),
    ('size', '중견기업', 'MIDSIZE'), ('size', '대기업', 'LARGE');

-- A name that is already an enum name stays (the migration may meet rows written in either form).
insert into eligibility_label (kind, label, name)
select distinct kind, name, name from eligibility_label;

-- Program rules: comma-joined lists, order kept.
update program p set eligible_regions = coalesce((
    select string_agg(coalesce(l.name, trim(t.item)), ',' order by t.pos)
    from unnest(string_to_array(p.eligible_regions, ',')) with ordinality as t(item, pos)
    left join eligibility_label l on l.kind = 'region' and l.label = trim(t.item)
    where trim(t.item) <> ''), '')
where p.eligible_regions <> '';

update program p set eligible_size_classes = coalesce((
    select string_agg(coalesce(l.name, trim(t.item)), ',' order by t.pos)
    from unnest(string_to_array(p.eligible_size_classes, ',')) with ordinality as t(item, pos)
    left join eligibility_label l on l.kind = 'size' and l.label = trim(t.item)
    where trim(t.item) <> ''), '')
where p.eligible_size_classes <> '';

-- Only enum names from now on; a label the mapping above did not know makes this migration fail instead of
-- silently widening or breaking a program's rules.
alter table program
    add constraint program_eligible_regions_check check (eligible_regions = ''
        or string_to_array(eligible_regions, ',') <@ array['SEOUL', 'BUSAN', 'DAEGU', 'INCHEON', 'GWANGJU', 'DAEJEON',
            'ULSAN', 'SEJONG', 'GYEONGGI', 'GANGWON', 'CHUNGBUK', 'CHUNGNAM', 'JEONBUK', 'JEONNAM', 'GYEONGBUK',
            'GYEONGNAM', 'JEJU']::text[]),
    add constraint program_eligible_size_classes_check check (eligible_size_classes = ''
        or string_to_array(eligible_size_classes, ',') <@ array['MICRO', 'SMALL', 'MEDIUM', 'MIDSIZE', 'LARGE']::text[]);

-- Recorded eligibility reasons: one "key=requirement" line each, every line ending in a newline; the region and
-- size requirements are lists joined with ", ".
create function pg_temp.reasons_with_enum_names(notes text) returns text language sql as $$
    select string_agg(case
               when k.kind is null then line
               else s.msg_key || '=' || (
                   select string_agg(coalesce(l.name, trim(v.item)), ', ' order by v.pos)
                   from unnest(string_to_array(substr(line, strpos(line, '=') + 1), ',')) with ordinality
                            as v(item, pos)
                   left join eligibility_label l on l.kind = k.kind and l.label = trim(v.item)
                   where trim(v.item) <> '')
               end, E'\n' order by n) || E'\n'
    from unnest(string_to_array(notes, E'\n')) with ordinality as x(line, n)
    cross join lateral (select split_part(line, '=', 1) as msg_key) s
    left join (values ('program.eligibility.region', 'region'), ('program.eligibility.size', 'size'))
        as k(message_key, kind) on k.message_key = s.msg_key
    where line <> ''
$$;

update grant_application set eligibility_notes = pg_temp.reasons_with_enum_names(eligibility_notes)
where eligibility_notes like '%program.eligibility.region=%' or eligibility_notes like '%program.eligibility.size=%';

update program_audit set detail = pg_temp.reasons_with_enum_names(detail)
where action = 'APPLICATION_SUBMITTED'
  and (detail like '%program.eligibility.region=%' or detail like '%program.eligibility.size=%');

drop function pg_temp.reasons_with_enum_names(text);
drop table eligibility_label;

-- Documents beyond the required ones were filed under the Korean word for "other"; now under a fixed name.
update application_document set requirement = 'OTHER' where requirement = '기타';

-- The language (ko, en) the applicant chose; null means Korean, the portal's first language.
alter table grant_application
    add column applicant_language varchar(8),
    add constraint grant_application_language_check check (applicant_language is null or applicant_language in ('ko', 'en'));
