-- PostgreSQL only. Every list of people is scoped by the caller's area as a path prefix
-- (village_path like '/1/39/100/5000/%'). The database's collation (C.UTF-8 or zh_CN.UTF-8, as a
-- bureau's server has it) is not C, so the plain index on village_path cannot serve a prefix LIKE and a
-- village officer's person list read every person of the district. An index in byte order
-- (varchar_pattern_ops) serves the prefix; the plain index stays for equality and ordering.
-- (H2 uses its ordinary index for a prefix LIKE.)
create index person_village_path_prefix_idx on person (village_path varchar_pattern_ops);
