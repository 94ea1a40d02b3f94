-- The portal's search at national scale (issue 17), PostgreSQL only: every single character and every pair of
-- adjacent characters of a publication's normalised search text (Simplified, NFKC, lower case, no whitespace) as an
-- array under a GIN index, kept by a trigger when the text is written (not at each visit count). A query's words are
-- cut the same way: the publications holding all their grams come from the index, and the LIKE that follows (the
-- same as on H2) keeps those that hold each word as written. Chinese needs no segmentation: a two-character word is
-- one gram. H2 keeps the LIKE alone.
create or replace function luoshi_grams(t text) returns text[]
    language sql immutable parallel safe as
$$
select coalesce(array_agg(distinct g), '{}'::text[])
from (select u.c || coalesce(u.n, '') as g
      from (select c, lead(c) over (order by i) as n
            from unnest(regexp_split_to_array(t, '')) with ordinality as chars(c, i)) u
      union all
      select c from unnest(regexp_split_to_array(t, '')) as singles(c)) grams
where g <> ''
$$;

alter table publication add column search_grams text[];

create or replace function luoshi_publication_grams() returns trigger
    language plpgsql as
$$
begin
    new.search_grams := luoshi_grams(new.search_text);
    return new;
end
$$;

create trigger publication_search_grams
    before insert or update of search_text on publication
    for each row execute function luoshi_publication_grams();

update publication set search_grams = luoshi_grams(search_text);
create index publication_search_grams_ix on publication using gin (search_grams);
