-- English words citizens mix into their Portuguese (the assistant's evaluation part heldout191, seventy-ninth round:
-- "preciso ficar no mute na audiência?", "tem modo high contrast no site?"), each expanded to the Portuguese word the
-- content uses; a word the content does not hold otherwise makes the answer "not found". Only rows staff have not
-- added are touched.
insert into search_synonym (word, expansion) values
    ('mute', 'microfone'), ('mutar', 'microfone'), ('mutado', 'microfone'), ('mutada', 'microfone'),
    ('contrast', 'contraste acessibilidade'), ('call', 'videochamada'), ('bug', 'erro')
on conflict (word) do nothing;
