-- Sample content for the embedded default: the accessibility statement, the privacy notice and the service
-- guides. General facts of Brazilian civil procedure only; local contacts live in V11 and are shown from there.

insert into page (slug, title, body_md) values
('acessibilidade', 'Declaração de acessibilidade',
$md$Este site foi feito para ser usado por todas as pessoas, inclusive com leitores de tela, teclado, lupa ou
celular. Seguimos as **Diretrizes de Acessibilidade para Conteúdo Web (WCAG 2.1), nível AA**, e o **Modelo de
Acessibilidade em Governo Eletrônico (eMAG)**.

## Recursos disponíveis

- **Atalhos de teclado** (eMAG): Alt+1 vai ao conteúdo, Alt+2 ao menu, Alt+3 à busca e Alt+4 ao rodapé (no
  Firefox, Alt+Shift+número; no Safari, Control+Option+número).
- **Alto contraste**: o link "Alto contraste" no topo de cada página troca as cores e fica guardado no seu
  navegador.
- O texto pode ser ampliado até 200 % sem perda de conteúdo, e as páginas funcionam em telas a partir de 320 px.
- Todas as páginas funcionam **sem JavaScript**.
- Formulários têm rótulos, e as mensagens de erro ficam junto do campo correspondente.

## Encontrou uma barreira?

Conte para nós pelo e-mail ou telefone da página de atendimento, dizendo o endereço da página e o problema.
Vamos corrigir o quanto antes e, enquanto isso, atender você por outro canal.$md$),
('privacidade', 'Privacidade e proteção de dados',
$md$Este aviso explica como o site da 2ª Vara Cível de Cariacica trata dados pessoais, conforme a **Lei Geral de
Proteção de Dados Pessoais (LGPD, Lei nº 13.709/2018)**.

## Quem é o controlador

O controlador dos dados é o **Tribunal de Justiça do Estado do Espírito Santo**, ao qual esta vara pertence. O
contato do **encarregado pelo tratamento de dados pessoais** está no fim desta página.

## Quais dados este site guarda

- **Navegação**: o servidor registra, por segurança, o endereço IP, a data e a hora e a página pedida. Não
  usamos cookies de publicidade nem ferramentas de rastreamento de terceiros.
- **Preferência de contraste**: se você ativar o alto contraste, um cookie guarda só essa escolha.
- **Assistente virtual**: as perguntas enviadas ao assistente são guardadas para responder e melhorar o serviço.
  Não escreva nele dados pessoais seus ou de outras pessoas.
- **Pauta de audiências**: mostra número do processo, classe, tipo, data e forma da audiência; **nunca o nome
  das partes**. Processos em segredo de justiça aparecem sem número nem classe.

## Por quanto tempo

Os registros de acesso ficam guardados por **seis meses** (Marco Civil da Internet, Lei nº 12.965/2014, art. 15).
As conversas com o assistente ficam guardadas por **até 90 dias** e depois são apagadas. O cookie de contraste
dura um ano ou até você apagá-lo.

## Seus direitos (LGPD, art. 18)

Você pode pedir: a **confirmação** de que tratamos dados seus; o **acesso** a eles; a **correção** de dados
incompletos, inexatos ou desatualizados; a **anonimização, o bloqueio ou a eliminação** de dados desnecessários
ou tratados em desconformidade com a lei; a **portabilidade**; a **informação** sobre com quem compartilhamos
os dados; e a **revisão** de decisões tomadas só por meio automatizado. Dados que fazem parte de processos
judiciais seguem as regras do processo e da publicidade dos atos judiciais.

## Como exercer seus direitos

Escreva ao encarregado pelo endereço abaixo, dizendo quem você é e o que pede. A resposta vem no prazo da lei.
Se não ficar satisfeito, você pode reclamar à **Autoridade Nacional de Proteção de Dados (ANPD)**.$md$);

insert into service_guide (slug, title, summary, body_md, position) values
('certidoes', 'Certidões', 'Como pedir certidão de distribuição, de objeto e pé ou de inteiro teor de um processo.',
$md$## O que é

Certidão é um documento oficial que atesta um fato do processo ou a existência de processos em nome de alguém.

- **Certidão de distribuição (negativa ou positiva)**: diz se há processos em nome de uma pessoa ou empresa.
  Costuma ser emitida pela internet, no site do Tribunal, sem custo para a maioria dos usos.
- **Certidão de objeto e pé**: resume do que trata um processo e em que fase ele está.
- **Certidão de inteiro teor**: reproduz peças do processo.

## Quem pode pedir

Qualquer pessoa pode pedir certidão de processo público. Processos em **segredo de justiça** só têm certidão
para as partes e seus advogados (Código de Processo Civil, art. 189).

## Como pedir

1. Tenha o número do processo (formato NNNNNNN-DD.AAAA.8.08.OOOO).
2. Peça pelo Balcão Virtual, por e-mail ou no balcão presencial.
3. Se houver custas, a secretaria informa o valor e como pagar a guia.

## Prazo

Em geral, a certidão fica pronta em até cinco dias úteis.$md$, 1),
('custas-e-gratuidade', 'Custas e gratuidade da justiça', 'Quanto custa um processo e quem pode pedir a justiça gratuita.',
$md$## Custas

Para entrar com uma ação na Justiça Comum, em regra, pagam-se **custas iniciais**, calculadas conforme a tabela
do Tribunal e o valor da causa. A guia é emitida no site do Tribunal.

## Gratuidade da justiça

Quem não tem recursos para pagar custas, despesas e honorários sem prejuízo do próprio sustento tem direito à
**gratuidade da justiça** (Código de Processo Civil, arts. 98 a 102).

- O pedido é feito na própria petição, pelo advogado ou pela Defensoria.
- Para pessoa física, a declaração de insuficiência **presume-se verdadeira**, mas o juiz pode pedir provas se
  houver elementos em contrário (art. 99, § 2º e § 3º).
- A gratuidade pode ser total ou parcial, ou permitir o parcelamento das despesas.
- Ter advogado particular **não impede** a gratuidade (art. 99, § 4º).

## Juizado Especial

Nos Juizados Especiais Cíveis não há custas no primeiro grau (Lei nº 9.099/1995, art. 54).$md$, 2),
('juizo-100-digital', 'Juízo 100% Digital', 'Como funciona o processo em que todos os atos acontecem pela internet.',
$md$## O que é

No **Juízo 100% Digital** (Resolução CNJ nº 345/2020) todos os atos do processo acontecem por meio eletrônico,
inclusive as audiências, que são feitas por videoconferência.

## Como aderir

- O autor escolhe essa opção ao entrar com a ação.
- O réu pode se opor até a contestação.
- As partes informam e-mail e telefone celular para receber comunicações.

## O que é preciso

Um computador ou celular com câmera, microfone e internet. Quem não tiver pode usar a sala de videoconferência
do fórum, com apoio de um servidor.$md$, 3),
('audiencias-virtuais', 'Audiências virtuais', 'Como participar de uma audiência por videoconferência.',
$md$## Antes da audiência

- O link da sala virtual é informado no processo, ou pela secretaria, pelo Balcão Virtual ou por telefone.
- Teste câmera, microfone e internet com antecedência.
- Tenha em mãos um documento de identidade com foto.

## No dia

1. Entre na sala **10 minutos antes** do horário.
2. Fique em local silencioso e bem iluminado, sozinho, salvo se o juiz autorizar outra pessoa.
3. Mantenha o microfone desligado enquanto não for sua vez de falar.

## Se a conexão cair

Tente entrar de novo pelo mesmo link. Se não conseguir, ligue para a secretaria imediatamente.

Quem não tem equipamento pode participar da sala de videoconferência do fórum (Resolução CNJ nº 354/2020).$md$, 4),
('acompanhar-processo', 'Como acompanhar um processo', 'Onde ver o andamento do seu processo e o que significam as fases.',
$md$## Pela internet

Os processos desta vara tramitam no **PJe**. Na consulta pública do PJe, com o número do processo, é possível
ver as movimentações e os documentos públicos. Veja também a página **Consulta processual** deste site.

## Pelo seu advogado ou pela Defensoria

Quem representa você no processo recebe as intimações e pode explicar cada fase.

## Fases mais comuns

- **Petição inicial**: o pedido do autor.
- **Citação**: o réu é chamado ao processo.
- **Audiência de conciliação ou mediação**: tentativa de acordo (Código de Processo Civil, art. 334).
- **Contestação**: a defesa do réu.
- **Instrução**: produção de provas, como testemunhas e perícias.
- **Sentença**: a decisão do juiz, contra a qual cabe recurso.
- **Cumprimento de sentença**: quando quem perdeu não cumpre a decisão voluntariamente.$md$, 5),
('balcao-virtual', 'Balcão Virtual', 'Atendimento da secretaria por videochamada, sem sair de casa.',
$md$## O que é

O **Balcão Virtual** (Resolução CNJ nº 372/2021) é o atendimento da secretaria por videochamada, no mesmo horário
do balcão presencial.

## Como usar

1. Veja na página de atendimento se o balcão está aberto agora.
2. Abra o link do Balcão Virtual no celular ou computador.
3. Informe seu nome e o número do processo ao servidor que atender.

Não é preciso agendar. O Balcão Virtual **não recebe petições**: documentos do processo são juntados pelo PJe.$md$, 6),
('conciliacao', 'Conciliação e mediação', 'Como funciona a tentativa de acordo e por que vale a pena comparecer.',
$md$## O que é

Na **audiência de conciliação ou mediação**, as partes conversam, com a ajuda de um conciliador ou mediador,
para tentar um acordo (Código de Processo Civil, art. 334).

## Por que comparecer

- O acordo resolve o conflito mais rápido e é homologado pelo juiz, com força de sentença.
- A falta **sem justificativa** é considerada ato atentatório à dignidade da justiça e pode gerar **multa de até
  2 %** da vantagem econômica pretendida ou do valor da causa (art. 334, § 8º).
- A audiência não acontece se **as duas partes** disserem que não querem o acordo (art. 334, § 4º).

## O que levar

Documento com foto e, se quiser, uma proposta pensada com antecedência. As partes devem estar acompanhadas de
advogado ou defensor público.$md$, 7),
('prazos-e-recesso', 'Prazos e recesso forense', 'Como se contam os prazos e quando eles ficam suspensos.',
$md$## Contagem

Nos processos cíveis, os prazos em dias são contados **só em dias úteis** (Código de Processo Civil, art. 219).
O dia do começo é excluído e o do vencimento é incluído (art. 224).

## Suspensão

- Entre **20 de dezembro e 20 de janeiro** os prazos ficam suspensos (art. 220).
- Feriados e dias sem expediente forense não contam.
- Falhas do sistema PJe podem prorrogar prazos, conforme as normas do Tribunal; veja os avisos deste site.

Quem tem advogado deve confirmar os prazos com ele: este guia é informativo e não substitui orientação jurídica.$md$, 8),
('defensoria-publica', 'Atendimento pela Defensoria Pública', 'Quem pode ser atendido pela Defensoria e como procurá-la.',
$md$## Quem pode ser atendido

A **Defensoria Pública** presta assistência jurídica gratuita a quem não pode pagar advogado sem prejuízo do
próprio sustento e do da família.

## Como procurar

- Ligue **129**.
- Leve documento com foto, comprovante de residência, comprovante de renda e os papéis do caso.

A vara não indica advogados particulares.$md$, 9);
