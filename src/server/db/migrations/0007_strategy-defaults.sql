-- Strategy lines and themes become managed records of each government. Every existing government gets
-- the built-in terms (DESIGN.md's five strategy lines and the twelve themes, shown in the reader's
-- language while their name is empty), and every code already used by a record becomes a term too,
-- so that no value in use is lost.
INSERT INTO strategy_terms (government_id, kind, code, sort_order)
SELECT g.id, 'strategy_line', defaults.code, defaults.position
FROM governments g
CROSS JOIN (VALUES
  ('international_cooperation', 1), ('trade_investment', 2), ('city_networks', 3),
  ('international_projection', 4), ('city_diplomacy', 5)
) AS defaults(code, position)
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO strategy_terms (government_id, kind, code, sort_order)
SELECT g.id, 'theme', defaults.code, defaults.position
FROM governments g
CROSS JOIN (VALUES
  ('economic', 1), ('environmental', 2), ('social', 3), ('cultural', 4), ('education', 5), ('health', 6),
  ('security', 7), ('mobility', 8), ('innovation', 9), ('governance', 10), ('tourism', 11),
  ('urban_planning', 12)
) AS defaults(code, position)
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO strategy_terms (government_id, kind, code, name, sort_order)
SELECT used.government_id, 'strategy_line', used.code, used.code, 100
FROM (
  SELECT government_id, unnest(strategy_lines) AS code FROM links
  UNION SELECT government_id, strategy_line FROM initiatives WHERE strategy_line IS NOT NULL
  UNION SELECT government_id, strategy_line FROM events WHERE strategy_line IS NOT NULL
) AS used
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO strategy_terms (government_id, kind, code, name, sort_order)
SELECT used.government_id, 'theme', used.code, used.code, 100
FROM (
  SELECT government_id, unnest(themes) AS code FROM links
  UNION SELECT government_id, unnest(themes) FROM initiatives
  UNION SELECT government_id, unnest(themes) FROM cooperation_demands
  UNION SELECT government_id, unnest(themes) FROM cooperation_offers
) AS used
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Demands and offers now keep their SDG goals (they were lost when no target was ticked): recover the
-- goals of the targets they already have.
UPDATE cooperation_demands SET sdg_goals = (
  SELECT array_agg(DISTINCT split_part(target, '.', 1)) FROM unnest(sdg_targets) AS target
) WHERE cardinality(sdg_targets) > 0;
--> statement-breakpoint
UPDATE cooperation_offers SET sdg_goals = (
  SELECT array_agg(DISTINCT split_part(target, '.', 1)) FROM unnest(sdg_targets) AS target
) WHERE cardinality(sdg_targets) > 0;
