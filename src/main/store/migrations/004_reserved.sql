-- Placeholder: number 004 belongs to another branch that is being merged in
-- parallel. Delete this file when that branch's 004 arrives (numbering must
-- have no gaps, so 005 needs a 004 until then).
SELECT 1;
