-- Name search matches anywhere inside a name (LIKE '%...%'), which a b-tree cannot serve; the index only slowed
-- every import of new places. Resolution of imports happens in memory.
drop index if exists city.place_name_key_idx;
