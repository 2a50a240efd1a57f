-- How citizens say two things the content says otherwise (the assistant's evaluation parts heldout264 and heldout265,
-- hundred-and-eighteenth round): photos that should "entrar no processo" are a document delivered to the case ("Como
-- entrego um documento para o processo?"), and talking to the clerks "pela tela do celular" is the Balcão Virtual's
-- videochamada. Only rows staff have not added are touched.
insert into search_synonym (word, expansion) values
    ('entrarem no processo', 'entrego documento'), ('entrar nos autos', 'entrego documento'),
    ('tela do celular', 'videochamada'), ('pela tela', 'videochamada')
on conflict (word) do nothing;
