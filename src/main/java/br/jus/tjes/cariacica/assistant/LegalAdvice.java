package br.jus.tjes.cariacica.assistant;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a request for legal advice (what to do in one's own case, whether one will win,
 * how much one will get, whether to accept or appeal) from a factual question about the
 * court. The one place this is decided, for both modes and before the model is asked: the
 * model is not trusted to decline on its own.
 * <p>
 * Rules over the folded text (no accents, lower case), so colloquial and unaccented forms
 * match too. Decided on purpose: asking <em>how</em> to do something ("como faço para
 * recorrer", "qual o prazo para recorrer", "como processar uma empresa") is a factual
 * question about procedure and is answered from the site; asking <em>whether</em> to do
 * it in one's case ("devo recorrer", "posso processar meu vizinho", "vale a pena") is
 * advice. "Tenho direito…" is advice (it asks for an assessment of one's own case), while
 * "quem tem direito…" is factual, and so is "tenho direito à justiça gratuita?" (a right
 * the court grants on general criteria the site explains). "O que eu faço?" is advice
 * about one's dispute, but factual when the situation is the court's procedure (a case
 * that does not move, a hearing, a lawyer one cannot pay); "posso processar…" is advice,
 * but a competence question when it asks whether it is here ("aqui", "aí", "nesta vara")
 * and procedure when it asks by what means ("sem advogado", "sem pagar"). "Vale a pena…?"
 * is advice, "por que vale a pena…?" asks what a procedure is good for. The labelled
 * examples live in the test resources ({@code assistant/legal-advice.csv}).
 * <p>
 * The rules know the forms they were written for; the forms no rule was written for are
 * left to {@link QuestionIntents}, learned from labelled messages, which
 * {@link Answering} asks after the answers from the court's data.
 */
final class LegalAdvice {

    private static final String DECISION = "(recorre|aceita|processa|assina|desisti|contesta|concorda|entra(r)? com"
            + "|ingressa(r)? com"
            + "|faze(r)? (o |um )?acordo|paga(r)? (a |o )?(divida|acordo|indenizacao|multa)|troca(r)? de advogad"
            + "|pedi(r)? (a )?(prisao|penhora|bloqueio|despejo)"
            + "|troca(r)? (ele|ela|o adv\\w*|a adv\\w*|meu adv\\w*)"
            + "|apresentar (a |uma )?(contestacao|defesa|recurso)|propor (um |o )?acordo)";

    /**
     * What the court grants anyone who meets general criteria the site explains (the
     * gratuidade, the Defensoria, priority at the counter, an interpreter, one's data
     * under the LGPD…): "tenho direito à justiça gratuita?" asks for those criteria, as
     * "quem tem direito…" does, not for an assessment of one's dispute ("tenho direito a
     * indenização?" stays advice). A policy decision of 05/12/2026, docs/ASSISTANT.md.
     */
    private static final String ELIGIBILITY = "( (a|ao|as|aos|de|da|do|o|um|uma|na|no|em|ter|pedir|usar|pela|pelo|solicitar"
            + "|tirar|obter|receber))* "
            + "(justica gratuita|justica gratis|justica de graca|gratuidade|gratuit|gratis|de graca"
            + "|lgpd|protecao de dados|(apagar|excluir|acessar|corrigir|ver) (os |meus )?dados|meus dados"
            + "|assistencia (judiciaria|juridica)|isencao|defensoria|advogado (gratuito|dativo|publico|da defensoria)"
            + "|atendimento (prioritario|preferencial|pela defensoria)|prioridade|preferencia|interprete|libras"
            + "|passar na frente|furar a fila"
            + "|ser atendid\\w* (na frente|primeiro|antes|com prioridade|sem (pegar )?fila)|fila (preferencial|prioritaria)"
            + "|acessibilidade|juizo 100|balcao virtual|audiencia virtual|certidao)";

    /** Not what is worth buying or opening: {@link OutOfScope}'s, not one's case. */
    private static final String NOT_SHOPPING = "(?! (" + OutOfScope.WORTH_BUYING + "|" + OutOfScope.OPENING_A_SHOP
            + ")\\b)";

    /** The forms of asking advice, each a rule over the folded words. */
    static final List<Pattern> ADVICE_RULES = List.of(
            // "devo recorrer?", "devo aceitar o acordo?"
            // (not whom to turn to: "a quem devo recorrer?")
            // ("devo também ingressar com uma ação contra a financeira?")
            rule("(?<!\\b(a|pra|para) quem )\\b(devo|deveria|deveriamos|devemos) (eu )?(mesmo |tambem |ainda )?"
                    + DECISION + "(?!\\w* a quem)"),
            // "vale a pena?", "vale mais a pena…?", "compensa mais…?"
            // (not which thing to buy or where to open a shop: "vale a pena comprar motor
            // de popa?", "vale mais a pena abrir uma loja?")
            // (and as Libras grammar writes it: "mesa também processar eu? valer pena?")
            rule("\\b(vale|valeria|valera|valer) (mais |menos )?(a )?pena\\b" + NOT_SHOPPING),
            rule("\\bvale (mais )?apena\\b" + NOT_SHOPPING),
            // "vale pedir perícia no meu carro?"
            rule("\\bvale (mesmo )?(pedir|entrar com|processar|recorrer|contestar|acionar)\\b"),
            // what the decision will be for me: "o tribunal vai mudar a decisão a meu
            // favor?"
            // ("levar uma testemunha a meu favor" is procedure)
            rule("\\b(decid\\w*|decisao|sentenca|julg\\w*|sai|sair|saira|saia|resolv\\w*)( \\w+){0,3} (a|ao|em) (meu|nosso)"
                    + " favor\\b"),
            rule("\\b(vai|vao|iria|sera que vai) (mudar|reformar|reverter|anular|cancelar|manter|derrubar) (a |o "
                    + "|essa |esse |minha |meu )?(decisao|sentenca|liminar|julgamento)"),
            // will I win, what are my chances
            // (not "senão vou perder o prazo", a deadline; not "vou ganhar neném", a
            // baby; not "quem vai ganhar o carnaval", someone else's contest)
            // (nor "dá pra ganhar só um desconto?", a partial exemption from the costs)
            rule("\\b(vou|vo|irei|iria|vamos|vai|consigo|da pra|da para) (ganha|perde|vence)(?!\\w* (so |somente |apenas )?"
                    + "(o |a |meu |minha |um |uma )?"
                    + "(prazo|direito|dia|data|audiencia|hora|horario|nenem|bebe|filho|filha|crianca|peso|carnaval|jogo"
                    + "|eleicao|campeonato|copa|concurso|premio|desconto|isencao)\\b)"),
            // (and in the future or the conditional: "acham que ganharei a causa?")
            rule("\\b(ganho|perco|ganhar|perder|vencer|ganharei|perderei|vencerei|ganharia|perderia|venceria) (a causa"
                    + "|o processo|a acao|essa causa|esse processo|essa acao)"),
            // (and by ear: "tenho xance se eu procesar eles?")
            rule("\\b(tenho|temos|teria|ha|tem) (alguma |boa |grande |muita |alguma )?(chances?|xances?|chanses?)\\b"),
            rule("\\bchances? de (ganhar|ganha|vencer|perder|sucesso|exito|eu ganhar)"), rule("\\bminhas chances\\b"),
            rule("\\b(probabilidade|possibilidade)s? (de |da |do )?(exito|sucesso|vitoria|ganhar|vencer|ganho)\\b"),
            // whether I am right to ask for it: "estou correta em exigir o
            // reembolso?" (not "estou certa de que…", sure of something)
            rule("\\b(eu )?(estou|to|estaria|sou) (corret|cert|errad)(o|a|os|as) (em|ao|se|de(?! que\\b)) \\w+"),
            // one's own pleading written for one ("escreve pra mim a resposta")
            rule("\\b(escreve|escrever|escreva|redige|redigir|redija|elabora|elaborar|elabore|monta|montar|monte"
                    + "|(faz|faca|fazer) (pra|para|p) mim)( (pra|para|p) mim)? (a |uma |minha |o |meu )?(resposta|defesa"
                    + "|contestacao|peticao|recurso|apelacao|replica|pedido de (liminar|tutela)|liminar)\\b"),
            // what helps one win, what is better to say: "qual ajuda meu pai a
            // ganhar?", "é melhor eu dizer que não quero a conciliação?"
            // (not an offer told: "disse que podia me ajudar a ganhar rápido")
            rule("(?<!\\b(podia|ia) (me )?)\\b(ajuda|ajudaria|ajudar|ajudam)( \\w+){0,3} (a )?(ganhar|vencer"
                    + "|ganha)\\b"),
            rule("\\b(e|eh|seria) melhor (eu|a gente|nos|ele|ela) (dizer|falar|responder|aceitar|recusar|desistir|assinar"
                    + "|contestar|recorrer|concordar|confessar|admitir|negar|faltar|ficar calad[oa])\\b"),
            // how much to claim in one's own case: "qnto eu coloco de valor da causa?
            // 10 mil tá bom?"
            rule("\\b(quanto|qnto|qto) (eu )?(coloco|ponho|peco|boto|cobro)( \\w+){0,2} (de |d )?(valor|indenizacao"
                    + "|danos?)\\b"),
            // what the other side will take and how to stop it: "eles vão penhorar meu
            // salário? o que eu faço pra não penhorarem?"
            // (not "o banco vai tomar meu carro segunda", a fact told before another
            // question)
            rule("\\b(podem|pode|irao|ira|conseguem|consegue) (me )?(penhor|bloque|leiloa|tomar|tomarem)\\w*"
                    + "( \\w+){0,2} (o |a |os |as )?(meu|minha|meus|minhas|nosso|nossa|nossos|nossas)\\b"),
            rule("\\b(pra|para) (nao|evitar|impedir)( \\w+){0,2} (penhor|bloque|leiloa|despej)\\w*"),
            // whose fault it is, whether I am in my right: "na avaliação de vocês, eu
            // tenho culpa?", "posso arrancar o piso que instalei? tô no meu direito?"
            // (not "pra explicar que eu não tive culpa", a statement)
            rule("\\b(?<!nao )(?<!nao eu )(eu )?(tenho|tive|teria|tenha) (alguma |a |mesmo |culpa ou )?culpa\\b|\\ba culpa (e|foi|seria) (minha|dele"
                    + "|dela|nossa)\\b"),
            rule("\\b(to|estou|estaria|tamo|estamos|fico|ficaria) (no|dentro do|com o) (meu |nosso )?(direito|razao)\\b"),
            // "quem de nós dois tá com a razão? vc acha que vale brigar mais?"
            rule("\\bquem( de nos (dois|duas))? (ta|esta|estaria|tem) (com )?(a )?razao\\b"),
            rule("\\bvale (a pena )?(brigar|insistir|lutar|continuar brigando)\\b"),
            // how much will I get
            rule("\\b(quanto|qto|qnto|quanta) (de \\w+ )?(eu )?(vou|vo|posso|irei|iria|vai|devo|consigo) (receber|recebe|ganhar"
                    + "|ganha|tirar)"),
            rule("\\b(quanto|qto|qnto) (de \\w+( \\w+)? )?(eu )?(recebo|ganho|receberia|ganharia)\\b"),
            // as a learner of Portuguese writes it: "quanto eu recebe?"
            rule("\\b(quanto|qto|qnto) eu (recebe|ganha)\\b"),
            // the amount named before the verb: "quanto de indenização por danos morais
            // eu vou receber?" (how long it takes is the case's progress, not advice)
            rule("\\b(quanto|qto|qnto|quanta)(?! (tempo|dias|meses|anos|demora))( \\w+){1,6} (eu )?(vou|vo|irei|iria"
                    + "|consigo) (receber|ganhar|tirar)\\b"),
            rule("\\bvalor (da |de )?(minha |a minha )?indenizacao\\b"),
            // "consigo receber o dobro do que paguei?"
            rule("\\b(consigo|posso|vou|vo|da pra|da para|tenho como) (receber|recebe|ganhar|ganha|pedir|cobrar"
                    + "|exigir) (o |em )?dobro\\b"),
            // what the other side will have to pay me: "quanto o dono da vaca vai ter que
            // me pagar?"
            rule("\\b(quanto|qto|qnto)(?! (tempo|dias|meses|anos|demora))( que)?( \\w+){1,5} (vai|vao|tem que|vai ter"
                    + " que|vao ter que|deve|devera|teria que|tera que) (me|nos) (pagar|indenizar|devolver|ressarcir)\\b"),
            // "quanto eu consigo de indenização?"
            rule("\\b(quanto|qto|qnto) (eu )?(consigo|recebo|ganho|levo|tiro)( de| em)? (indenizacao|danos|dano|pensao"
                    + "|dinheiro|reais)\\b"),
            // the outcome if one sued: "se eu processar ele, eu ganho?"
            rule("\\bse eu (processar|processo|entrar|for|recorrer|acionar|denunciar)\\b( \\w+){0,8} (ganho|perco|venco"
                    + "|ganharia|perderia)\\b"),
            // do I have a right (to a claim in my dispute); a right the court grants
            // anyone who meets its general criteria is a factual question
            rule("\\b(eu )?(tenho|temos|teria|teriamos) (algum |o |mesmo |todo )?(direito|direto)s?\\b(?!" + ELIGIBILITY
                    + ")"),
            // (not the set phrase "procurar meus direitos", often the other side's words:
            // "ele falou que eu posso procurar meus direitos")
            rule("(?<!\\b(procurar|procuro|procure|buscar|busco|busque) )\\b(meus|nossos) direitos\\b"),
            // what to say in one's own case
            rule("\\b(o (que|q)|oq) (eu )?devo (responder|dizer|falar|alegar|escrever|pedir|argumentar)\\b"),
            // what someone one helps should say: "o que a usuária deve falar na audiência
            // pra conseguir um desconto?"
            rule("\\b(o (que|q)|oq) (a |o )?(usuaria|usuario|cliente|assistida|assistido|ela|ele|minha mae|meu pai)"
                    + " (deve|devia|deveria|tem que|precisa) (responder|dizer|falar|alegar|argumentar)\\b"),
            // whether to call a witness: "eu levo ela mesmo assim ou é melhor não
            // arriscar?"
            rule("\\b(levo|chamo|arrolo|convido) (ela|ele|a testemunha|essa testemunha|a vizinha|o vizinho)\\b( \\w+){0,4}"
                    + " ou\\b|\\bmelhor nao arriscar\\b"),
            // who pays for a damage in one's dispute ("meu namorado tem que pagar o
            // carro que bateu?")
            rule("\\b(tem que|tem de|tenho que|tenho de|precisa|preciso|deve|devo) (mesmo )?pagar (o |a |os |as |pelo "
                    + "|pela )?(carro|moto|conserto|prejuizo|danos?|estrago|batida|franquia)\\b"),
            // what to tell or hide in one's own request ("devo colocar no pedido a
            // renda que ganho por fora ou deixo quieto?")
            rule("\\b(devo|deveria) (colocar|declarar|informar|contar|mostrar|esconder|omitir|falar|dizer)\\b( \\w+){0,12}"
                    + " ou (deixo|nao|escondo|omito|fico)\\b"),
            // one's own pleading reviewed ("vc pode ler minha contestação?")
            rule("\\b(ler|le|leia|revisar|revisa|revise|olhar|olha|corrigir|corrige|avaliar|avalia) (a |o )?(minha|meu)"
                    + " (contestacao|defesa|peticao|recurso|resposta)\\b"),
            // whether a witness helps one's case: "se eu levar ela de testemunha ajuda ou
            // atrapalha meu processo?"
            rule("\\b(ajuda|ajudaria|atrapalha|atrapalharia|prejudica|prejudicaria) ou (ajuda|ajudaria|atrapalha"
                    + "|atrapalharia|prejudica|prejudicaria)( \\w+){0,2} (processo|caso|causa|acao)\\b"),
            // what will happen to oneself in one's case: "caso eu perca a ação… o que vai
            // acontecer comigo?" (missing a hearing is the FAQ's procedure)
            rule("^(?!.*\\b(falt|comparec|aparec|nao for\\b|nao ir\\b|nao va\\b))"
                    + ".*\\b(o que|oque|oq|o q) (vai|ira|pode|poderia) acontecer comigo\\b"),
            // what to say or write in one's case, or to win: "o que eu falo pro juiz?",
            // "o que escrevo na minha defesa pra ganhar?", "como escrevo o pedido pra
            // ganhar a causa?", "oque eu falo na audiência?"
            // ("o que eu escrevo aqui fica guardado?" asks about this conversation)
            // (nor "esse chat guarda o q eu escrevo?")
            rule("^(?!.*\\b(esse|este|nesse|neste|no|do|o|pro|pra o|para o|ao) (chat|robo|assistente|bot)\\b).*\\b(o (que|q)|oq|oque) (eu )?(falo|digo"
                    + "|escrevo|respondo|alego|argumento|coloco|ponho|boto|apresento)\\b"
                    + "(?! (aqui|nessa conversa|nesta conversa|no chat|nesse chat|neste chat)\\b)"),
            // which of two moves is better for me: "é melhor eu esperar mais um pouco
            // ou já entrar com a ação agora?"
            rule("\\b(e|eh|seria) melhor (eu|a gente|nos)( \\w+){0,4} (esperar|entrar|processar|aceitar|recorrer|pagar"
                    + "|assinar|acionar|cobrar|desistir|vender|negociar|contestar|fazer (um |o )?acordo)\\b( \\w+){0,8} ou\\b"),
            // as a learner of Portuguese writes it: "processo ele? eu ganha?"
            rule("\\beu (ganha|perde|vence)\\b"),
            // which to miss: "falto o plantão ou falto a audiência?"
            rule("\\b(falto|faltar|vou|ir|compareco|trabalho)( \\w+){1,3} ou (falto|faltar|vou|ir|compareco|trabalho)\\b"),
            // what to say at the hearing: "falo a verdade ou fico quieto?"
            rule("\\b((falo|conto|digo) (a verdade|tudo)|admito|confesso) ou (fico (quieto|quieta|calado|calada)|minto|nego)"
                    + "|\\b(fico (quieto|quieta|calado|calada)|minto|nego) ou (falo|conto|digo|admito|confesso)"),
            // whether to sue now or wait: "eu entro com o despejo agora ou esperro mais
            // um pouco?"
            rule("\\b(entro|dou entrada|abro)( com)?( \\w+){0,3} ou (espero|esperro|aguardo|deixo)\\b"),
            // whom to sue first: "processo a operadora ou o banco primeiro?"
            rule("\\b(processo|processar|aciono|acionar|cobro|cobrar)( (o|a|os|as) \\w+)( \\w+)? ou (o|a|os|as) \\w+"),
            // ("tá pra vencer" is a date about to expire; "pra não perder a viagem" is a
            // wasted trip)
            rule("(?<!\\b(ta|esta|vai|ja|quase) )\\b(pra|para|pro) (eu |mim )?(ganhar|ganha|vencer|vence|nao perder"
                    + "|nao perde)\\b"
                    + "(?! (a |o |um |uma )?(gratuidade|justica gratuita|beneficio|isencao|prazo|audiencia|alvara|link|tempo"
                    + "|certidao|documento|senha|acesso|viagem|ida|vinda|dia|vez|onibus|fila|vaga|horario"
                    // a shop's discount ("o cpf na farmácia pra ganhar desconto"), a
                    // partial exemption ("dá pra ganhar só um desconto?")
                    + "|(so |somente |apenas )?(um |uma )?(desconto|brinde|pontos|premio|cashback|frete)))"),
            rule("\\b(me|ele me|o juiz me) (dar|de|da) (razao|ganho de causa)\\b"),
            // how to win over the judge, which argument, what the citizen would do in
            // one's place
            rule("\\b(convencer|convenco|convenca) (o |a )?(juiz|juiza)\\b"),
            // "o que elas devem dizer para que eu vença a causa?"
            rule("\\b(para|pra) (que|q) (eu |a gente )?(venca|vencamos|ganhe|ganhemos|nao perca)\\b"),
            // "o que ela fala pro juiz acreditar nela?"
            rule("\\b(pro|pra|para)( o| a)? (juiz|juiza) (acreditar|me dar razao|dar razao|ficar do (meu|nosso) lado"
                    + "|ficar a (meu|nosso) favor)\\b"),
            rule("\\bqual (o |a )?(melhor )?(argumento|tese|estrategia)\\b"),
            // "no meu lugar" asking what one would do, not a stand-in: "não tenho quem
            // fique no meu lugar na banca"
            rule("\\b((voce|vc|tu|senhora|senhor|faria|fizesse|estivesse|estando|fosse|agiria)( \\w+){0,3} no meu lugar"
                    + "|no meu lugar (o que|oq|q|voce|vc|tu|como)|o (que|q) (voce|vc) faria|se (voce|vc) fosse eu"
                    + "|se fosse (voce|vc|tu|a senhora|o senhor))\\b"),
            // what pays more, for me: "o que rende mais dinheiro: o juizado ou a vara?"
            rule("\\b(rende|renderia|rendem|da|daria) mais (dinheiro|grana|indenizacao)\\b"),
            rule("\\b(acha|acham|acredita|sera) que (eu )?(ganho|perco|venco|vou ganhar|vou perder|tenho razao)"),
            // whether the case will be won: "meu filho ganha essa ação?" (who pays when
            // the case is won, "quem ganha a causa paga as custas?", is procedure)
            rule("(?<!quem )\\b(ganha|ganho|ganhamos|ganham|ganharia|vou ganhar|vai ganhar|consigo ganhar"
                    + "|consegue ganhar) (essa |esta |a |o |minha |nossa |meu |nosso )?(acao|causa|processo)\\b"),
            // whether one's lawyer is right: "meu advogado mandou não ir; ele está
            // certo?"
            // (not "os dígitos mostram se ele tá certo", a number)
            // what to leave out of one's case: "o juiz percebe? melhor deixar de fora
            // né?"
            rule("\\b(melhor|e melhor) (eu )?(deixar de fora|deixar quieto|esconder|omitir|nao (juntar|mostrar|contar"
                    + "|falar))\\b"),
            // "então eles tão certos e eu fico no prejuízo?"
            rule("(?<!\\bse )\\b(eles|elas) (estao|tao|to) (certos|certas)\\b"),
            rule("(?<!\\bse )\\b(ele|ela|o advogado|a advogada|meu advogado|minha advogada|o adv|meu adv) (esta|ta) (certo|certa"
                    + "|serto|serta|errado|errada|com a razao)\\b"),
            // (not when the citizen asks what missing a hearing brings: "se eu não for,
            // vou ser preso ou levo multa?" is the FAQ on missing the conciliation)
            rule("^(?!.*\\b(se eu nao for|se nao for|se eu faltar|se faltar|se eu nao comparecer|se eu nao aparecer"
                    + "|se eu nao puder ir)\\b).*\\b(vou|vo|irei|serei|sera que (eu )?vou) ser (preso|presa|condenad"
                    + "|despejad|multad|penhorad)"),
            // a choice between two moves in one's case: "eu pago logo ou deixo eles me
            // processarem?", "aceito ou recorro?"
            // ("o juiz do meu processo ou não rola?": the case, not "I sue")
            rule("(?<!\\b(do|meu|o|no|seu|um|de|desse|deste|esse|este|nosso|esse) )\\b(pago|aceito|assino|recorro|processo|desisto|espero|contesto)( (logo|agora|ja))? ou "
                    + "(deixo|espero" + "|recorro|aceito|processo|nao|desisto|brigo|contesto)\\b"),
            // whether to admit or deny in one's case: "na conciliação devo admitir q
            // devo a dívida ou nego td?"
            rule("\\b(admitir|admito|confessar|confesso|assumir|assumo)( \\w+){0,5} ou (nego|negar|nao|falo|digo)\\b"),
            // whether to follow one's lawyer's advice: "meu advogado mandou eu
            // ficar calado, obedeço?"
            rule("\\b(meu|minha) (advogad[oa]|adv|doutor|doutora)( \\w+){0,8} (obedeco|devo obedecer|sigo o que"
                    + "|devo seguir|eu sigo)\\b"),
            // whether to sue someone, asked of oneself: "processo o buffet ou não?",
            // "processo meu tio ou esqueço?" (not the case: "o processo do buffet anda
            // ou não?")
            rule("(?<!\\b(do|meu|minha|o|no|seu|um|de|desse|deste|esse|este|nosso|ao|pelo|num|cada|qual|que|tem|outro) )"
                    + "\\bprocesso (o|a|os|as|ele|ela|eles|elas|esse|essa|este|esta|aquele|aquela|meu|minha|meus|minhas)"
                    + "( \\w+){0,2} ou (nao|n|esqueco|deixo|desisto|largo|perdoo)\\b"),
            // which way works better in one's case: "processa junta ou separado, oq dá
            // mais certo?"
            rule("\\b(o que|oq|oque|qual) (da|daria) mais (certo|serto)\\b"),
            rule("\\b(vou|vo|irei|sera que (eu )?vou) conseguir (a |o |minha |meu )?(indenizacao|guarda|pensao|ganhar"
                    + "|receber|vencer|reverter|anular|dinheiro de volta|meu dinheiro)"),
            rule("\\b(o )?(juiz|juiza) (aceita|aceitaria|concede|concederia|defere|deferiria|nega|negaria) (o |meu |minha"
                    + " |a )?(pedido|acao|recurso|liminar)"),
            // how much to claim, whether one may claim damages
            rule("\\bquanto (eu )?(devo |posso |vou |tenho que )?(pedir|cobrar|exigir) (de (indenizacao|danos|dano|pensao)"
                    + "|do meu|da minha|dele|dela|na acao|no processo)"),
            rule("\\bqual (o )?valor (que )?(eu )?(peco|pedir|devo pedir|cobro|cobrar)\\b"),
            rule("\\bposso pedir (danos|dano moral|indenizacao|pensao|a guarda|guarda)"),
            // asking the assistant to draft one's own pleading
            rule("\\b(escreve|escreva|redige|redija) (uma |a |minha |meu |o )?(defesa|peticao|contestacao|recurso)"),
            rule("\\bme ajud\\w* a (escrever|fazer|redigir|montar) (a |uma |minha |meu |o )?(defesa|peticao|contestacao"
                    + "|recurso)"),
            rule("\\b(faz|faca|monta|monte) (uma |a |minha |meu |o )?(defesa|peticao|contestacao|recurso) (pra|para) mim"),
            // which appeal or action to file in one's case
            // "qual ação eu tenho que entrar para receber?"; what to do to follow a case
            // is procedure
            rule("\\bqual (recurso|acao|tipo de acao|tipo de recurso|processo)( \\w+){0,3} (entrar|entro|mover|movo|abrir"
                    + "|abro)\\b(?! (para|pra) (acompanhar|consultar|ver|saber|acessar))"),
            rule("\\bqual (recurso|acao|pedido|tipo de acao|tipo de recurso|defesa) (eu )?(entro|uso|faco|escolho|devo"
                    + "|posso entrar|preciso entrar|cabe no meu|cabe pra mim|e melhor|seria melhor)"),
            // (not a thing of the case itself: "tenho uma urgência no meu caso", "no
            // meu caso tem uma vizinha que viu tudo")
            rule("(?<!\\b(urgencia|urgente|audiencia|andamento|movimentacao|novidade|decisao|sentenca) )\\bno meu caso\\b"
                    + "(?! (tem|teve|havia|existe|existem) (uma|um|duas|dois|tres)\\b)"),
            rule("\\baconselh"),
            // "devo pedir uma liminar no plantão agora ou é mais prudente aguardar?"
            // ("devo pedir pra adiar minha audiência?")
            rule("\\b(e|eh|seria|sera) (mais )?prudente\\b|\\b(devo|deveria) (eu )?pedir (uma |a |o )?(liminar|tutela"
                    + "|urgencia|penhora|despejo)\\b|\\b(devo|deveria) (eu )?pedir (pra|para|o|a)? ?(adiar|adiamento|remarcar"
                    + "|remarcacao|suspender|suspensao|cancelar)\\b"),
            // "minha testemunha é minha irmã, levo ou melhor não?"
            rule("\\bou (e |eh )?melhor (nao|n)$"),
            // keeping a thing from the officer who comes to seize it: "posso deixar o
            // carro escondido na garagem do vizinho?"
            rule("\\b(esconder|escondo|esconde|escondid[oa]s?|ocultar|oculto)\\b.*\\b(oficial|penhora\\w*|apreen\\w*)\\b"
                    + "|\\b(oficial|penhora\\w*|apreen\\w*)\\b.*\\b(esconder|escondo|esconde|escondid[oa]s?|ocultar)\\b"),
            // which way is more favourable "na minha situação"
            rule("\\bqual (a )?(opcao|alternativa|caminho|via|rito)( \\w+){0,2} (e|eh|seria) (mais vantajos\\w*|melhor)"
                    + "( \\w+){0,4} (pra|para|pro) (mim|obter|conseguir|ganhar|eu)\\b"),
            // whether one will lose what one has, or what the court will deny: "escritura
            // não registrada, perco minha casa?", "vão negar pra mim?"
            rule("\\b(perco|vou perder|posso perder|vou ficar sem|posso ficar sem) (a |o )?(minha |meu |nossa |nosso )?(casa"
                    + "|imovel|terreno|apartamento|carro|moto|guarda|heranca)\\b"),
            rule("\\b(vao|vai|sera que vao|sera que vai) (me )?(negar|conceder|deferir|indeferir|recusar|aprovar)\\b"),
            // whether to appeal a case lost: "perdi o processo, recorro?"
            rule("\\bperd(i|emos) (o |a |meu |minha |nosso |nossa )?(processo|causa|acao)\\b( \\w+){0,4} (recorro|recorrer"
                    + "|recorremos|devo)\\b"),
            // what one will have to pay in the dispute: "ela vai ter que pagar tudo
            // sozinha?" (not the court's costs)
            rule("\\b(vai|vou|vamos|vao|irei) ter (q|que) pagar( \\w+){0,2} (tudo|td|sozinh\\w*|a divida|o resto|o aluguel"
                    + "|o emprestimo|a multa)\\b"),
            // what one may do to the other side, or whether one gets into trouble: "posso
            // cortar a água dele ou vou me complicar?"
            rule("\\bposso (cortar|tirar|trocar|bloquear|proibir|impedir|expulsar|despejar|vender|reter|segurar)"
                    + "( (a|o|as|os) \\w+)? (dele|dela|deles|delas)\\b"),
            rule("\\bou (eu )?vou me (complicar|ferrar|dar mal|prejudicar|encrencar)\\b"),
            // which way is better for one's case: "qual dos dois caminhos é melhor pro
            // meu caso?"
            rule("\\b(melhor|mais vantajoso|compensa mais)( \\w+){0,2} (pro|pra o|para o|para|pra) (meu|nosso) caso\\b"),
            // how to prove one's own claim: "como eu provo que ela me deve?"
            rule("\\bcomo (eu )?(provo|comprovo|vou provar|posso provar|consigo provar|provar|comprovar)( \\w+){0,4} (me |nos )?"
                    + "(deve|devia|devem|ficou devendo|nao (me |nos )?pagou)\\b"),
            rule("\\b(seu|um|qual o|qual seu|de um|da um) conselho\\b"),
            rule("\\b(recomenda|recomendaria|sugere) (que eu|eu|aceitar|recorrer|processar|o que)"),
            // for a relative: "o senhor recomendaria que ele processasse o plano?" (not
            // what the site recommends: "o site recomenda que a gente entre antes?")
            rule("\\b((recomendaria|sugeriria|aconselharia)|(voce|vc|o senhor|a senhora|vcs|voces) (recomenda|sugere"
                    + "|aconselha)) que (ele|ela|a gente|nos|meu \\w+"
                    + "|minha \\w+) (process|recorr|aceit|entr|desist|assin|acion|cobr)\\w*"),
            // (not a price: "ou é melhor pagar mais caro?")
            rule("\\b(e|eh|seria|sera) (melhor|mais vantajoso|vantajoso) (eu )?(aceitar|recorrer|processar|fazer|pagar"
                    + "|entrar|desistir|esperar|assinar)(?! mais (caro|barato))"),
            rule("\\bqual (a |e a |seria a )?melhor (opcao|saida|estrategia|decisao|caminho)"),
            rule("\\b(compensa|(seria|e|eh) (mais )?vantajoso) (mais )?(eu )?(aceitar|recorrer|processar|entrar|fazer|pagar"
                    + "|continuar|esperar|desistir|ajuiz|propor|abrir|fechar|aguardar)"),
            // what to charge in one's own dispute: "qnto d aluguel posso cobrar da minha
            // irmã?"
            rule("\\b(quanto|qnto|qto)( de| d)? \\w+ (eu )?(posso|devo|consigo) (cobrar|pedir|exigir)\\b"),
            // how to pay less when a court orders it: "como a gente faz pra ajudar ele a
            // pagar menos?"
            // "se eu não for de propósito, compensa pra mim?"
            rule("\\bcompensa (pra|para) (mim|nos|a gente)\\b"),
            // missing one's own hearing on purpose: "compensa faltar pra enrolar?"
            rule("\\bcompensa (eu )?(faltar|nao ir|nao comparecer|atrasar|enrolar)\\b"),
            rule("\\b(pra|para|a) (ele |ela |eu |a gente |nos )?pagar menos\\b(?! (de )?(custas|taxas?|guias?)\\b)"),
            rule("(?<!\\b(do|meu|o|no|seu|um|de|desse|deste|esse|este|nosso|esse) )\\b(aceito|recorro|processo|assino|desisto|pago) ou (nao|recorro|aceito)\\b"),
            // one choice or another in one's own dispute, in the first person: "aceito ou
            // espero a sentença?", "recuso a proposta ou negocio?"; not the answer a
            // deadline is for ("15 dias pra dizer se aceito ou não: conta sábado?")
            rule("(?<!\\b(dizer|responder|informar|avisar) se )\\b(aceito|recuso|recorro|assino|asino|desisto|negocio|fecho|topo)( \\w+){0,3} ou (eu )?(nao|espero"
                    + "|recuso|recorro|aceito|desisto|continuo|sigo|assino|pago|negocio|deixo|brigo|levo|aguardo)\\b"),
            // an offer to take or leave, asked in the first person ("aceito essa
            // proposta?"); "se eu aceito o acordo, o processo acaba?" asks what happens
            rule("(?<!\\bse )(?<!\\bse eu )\\b(aceito|recuso|topo|fecho|assino) (o |a |esse |essa |este |esta |aquele "
                    + "|aquela )?(acordo|proposta|oferta|termo|quitacao)\\b(?! (e|eh) (homologad|valid))"),
            // what someone else should say for one's case: "o que ele fala pro juiz
            // quando
            // perguntarem…?" ("o que diz a lei?" asks what the law says)
            rule("\\b(o (que|q)|oq) (ele|ela|a gente|nos) (fala|diz|responde|falamos|dizemos|respondemos)( \\w+){0,3} (pro"
                    + "|pra o|para o|ao|na|no) (juiz|juiza|audiencia|conciliador|conciliacao)\\b"),
            // a guarantor's share: "a irmã é fiadora, ela tem que pagar?"
            rule("\\b(fiador|fiadora)\\b( \\w+){0,6} (tem|tera|vai ter|precisa) (que|q|de) pagar\\b"),
            // a lawyer to choose: "me indica um advogado bom?"; where to find a free one
            // (the Defensoria, a dativo) is what the site explains
            // (not whether the court appoints one: "a vara indica advogado?")
            rule("(?<!\\b(vara|forum|justica|tribunal|juiz|cartorio) )\\b(indica|indicam|indique|indicar"
                    + "|indicaria|recomenda|recomendam|recomende|recomendar|recomendaria|sugere|sugerem|sugira"
                    + "|conhece|conhecem)( (me|pra mim|para mim|ai))? (um |uma |algum |alguma |o melhor |a melhor )?"
                    + "(bom |boa |otimo |otima |bons |boas )?(advogad|escritorio de advocacia)(?!\\w* (gratuit|gratis|de graca|dativ|public|da defensoria))"),
            rule("\\bqual (o )?(melhor )?(advogad\\w*|escritorio)( \\w+){0,3} (eu )?(contrato|contratar|procuro"
                    + "|escolho|e bom|e o melhor|e melhor|voces indicam|vcs indicam|recomendam)\\b"),
            // what the judge will decide
            // (not what a judge may do by the rules: "o juiz pode me dar multa se eu
            // faltar?", "o juiz pode mandar eu provar que não tenho dinheiro?")
            rule("\\b(o )?(juiz|juis) (vai|iria|pode) (?!(me )?dar (uma )?multa|mandar (eu |a gente )?(provar|comprovar"
                    + "|apresentar|juntar|trazer|mostrar))(decidir|dar|aceitar|mandar|julgar|me dar|conceder|negar|dar ganho"
                    + "|dividir|partilhar|condenar|obrigar|despejar|reconhecer|determinar|tirar)"),
            rule("\\bposso ser (preso|condenado|despejado|multado|penhorado)"),
            // how much one will be ordered to pay: "quanto provavelmente serei
            // condenado a pagar?"
            rule("\\bquanto( \\w+){0,2} (serei|vou ser|seria|eu seria|eu vou ser) condenad"),
            // one's opinion on a choice in one's case: "você acha melhor eu falar
            // a verdade pro juiz ou dizer que tô doente?"
            rule("\\b(voce|vc|o senhor|a senhora|voces|vcs) (acha|acham|acharia|achariam) (que )?(e |eh |seria )?"
                    + "(melhor|mais seguro) (eu|a gente)\\b"),
            // which of two moves is better for oneself: "p mim é melhor ir no juizado ou
            // aqui na vara?"
            // (not when to come to the forum: "pra mim é melhor ir de manhã ou à tarde?")
            rule("\\b(pra|p|para) (mim|nos|a gente) (e|eh|seria|sera) (melhor|mais vantajoso|mais seguro)( \\w+){0,3} "
                    + "(juizado|processar|entrar|aceitar|recorrer|pagar|esperar|acordo|desistir|contestar|assinar)\\b"),
            // the assistant's opinion asked: "ela aceita ou tenta + desconto? vc acha o
            // q?"
            rule("\\b(vc|voce|vcs|voces) (acha|acham|axa) o (que|q)\\b|\\bo (que|q) (vc|voce|vcs|voces) (acha|acham|axa)"
                    + "( \\w+)?$"),
            // whether one can overturn what was decided or found in one's case: "perícia
            // deu contra mim, consigo derrubar o laudo?"
            rule("\\b(consigo|conseguirei|vou conseguir|da pra|da para) (derrubar|reverter|anular|desfazer) (o |a |esse "
                    + "|essa |este |esta )?(laudo|pericia|sentenca|decisao|penhora|bloqueio|condenacao)\\b"),
            // whether what was done in one's case was lawful: "o bloqueio do meu salário
            // foi ilegal?"
            rule("\\b(foi|e|eh|seria|esta sendo|ta sendo|foram|sao) (ilegal|ilegais|abusiv[oa]s?)\\b"),
            // taking a child or a thing back by force
            rule("\\bposso (ir )?(busca|pega|tira|traz|entra|retira|toma)\\w*( \\w+){0,4} a forca\\b"),
            // (not the court's own ways of working, "sou obrigado a aceitar o Juízo 100%
            // Digital?", nor its costs, "sou obrigado a pagar custas ou é de graça?")
            rule("^(?!.*\\b(juizo 100|100 digital|balcao virtual|custas|de graca|gratis|gratuit\\w*)\\b).*\\bsou obrigad[oa] a "
                    + "(aceitar|pagar|assinar|sair)\\b"
                    + "(?! (o |a |essa |esse |esta |este )?(juizo|modalidade|audiencia (virtual|online|por video)"
                    + "|videoconferencia|balcao))"),
            // whether to stop paying in one's own dispute (rent, a loan, an agreement,
            // maintenance), also in the first person ("paro de pagar as parcelas enquanto
            // o processo corre?"); the court's costs are the gratuidade, a factual
            // question
            rule("\\b(posso (parar|para|deixar|deixa)|paro|deixo|suspendo) de (pagar|paga)\\b(?! (as |a |o |os )?(custas|taxa|taxas|guia"
                    + "|boleto das custas|despesas do processo))"),
            rule("\\bposso (suspender|interromper|cortar) (o |os )?pagamento"),
            rule("\\bminha (causa|acao) (e|eh|ta|esta) (ganha|perdida|boa|certa)"),
            // is it good for me, is it fair: "qual o melhor p/ mim?" (not the hour to go:
            // "qual horário é melhor pra mim ir ao balcão?")
            rule("\\b(bom|boa|ruim|vantajos[oa]|justo|justa|melhor|pior)( (negocio|acordo|proposta|ideia|opcao|escolha"
                    + "|saida))? (pra|para|p) mim\\b(?! (ir|chegar|ligar|telefonar|ser atendid)\\w*)"),
            rule("\\b(isso|essa proposta|esse acordo|o acordo|a proposta|essa oferta|a oferta|esse valor|o valor)( \\w+){0,5}"
                    + " (e|eh|seria|sera|foi) (um |uma )?(bom|boa|mau|ma|otimo|otima|pessimo|pessima) (negocio|acordo|proposta|oferta)\\b"),
            // one option or the other in one's own dispute: "sigo com o processo ou
            // desisto?"
            rule("\\b(seguir|sigo|continuar|continuo|manter|mantenho|levar|levo) (com )?(o |a |esse |essa |meu |minha )?"
                    + "(processo|acao|causa)( \\w+){0,6} ou (desistir|desisto|negociar|negocio|fazer acordo|faco acordo"
                    + "|aceitar|aceito)\\b"),
            rule("\\b(acordo|proposta|oferta|valor)( \\w+){0,4} (e|eh|seria|sera|parece) (justo|justa|razoavel|bom|boa)\\b"),
            // am I right, is there a case
            rule("\\b(eu )?(tenho|teria|tenho mesmo) razao\\b"),
            // (misspelt by ear: "eu to serto em cobra o aluguel?")
            rule("\\b(estou|to|eu estou) (certo|certa|serto|serta|errado|errada)\\b"),
            rule("\\b(quem|qm) tem razao\\b"),
            // whether the judge erred in one's case: "me julgaram à revelia, o juiz errou
            // comigo?"
            rule("\\b(o )?(juiz|juiza) (errou|foi injust[oa]|agiu errado|estava errad[oa]|ta errad[oa])\\b"),
            // who is right in one's dispute, asked of the other side or of both: "ele tem
            // razão ou quem está certa sou eu?" ("ela tem direito a ser atendida na
            // frente?" asks for the priority the court grants anyone her age)
            rule("\\b(ele|ela|eles|elas|o dono|a dona|o banco|a empresa|a loja|o vizinho|a vizinha|o proprietario"
                    + "|o locador|o inquilino) (tem|teria) (razao|direito\\b(?!" + ELIGIBILITY + "))\\b"),
            // (not "não quero saber quem tá certo, só se é julgado aqui", nor who is
            // right about a rule: "quem está certo, os prazos correm ou não?")
            // (nor who is right about the forum's hours: "ela acha q é 8h e eu acho q é
            // dps do almoço, qm ta certa?")
            // (nor which of two of the court's own people said it right: "a moça
            // que atendeu falou uma coisa, o conciliador outra, quem tá certo nisso?")
            rule("^(?!.*\\b(q|que) horas( \\w+){0,3} (abre|abrem|fecha|fecham|atende|atendem|funciona)\\b)"
                    + "(?!.*\\b(conciliador|conciliadora|servidor|servidora|atendente|moca que atendeu|secretaria)\\b.*"
                    + "\\b(conciliador|conciliadora|servidor|servidora|atendente|moca que atendeu|secretaria)\\b).*"
                    + "(?<!\\b(nao|nem) (quero|preciso) saber )\\b(quem|qm) (esta|ta|estaria|e que esta|e que ta) (certo|certa"
                    + "|serto|errado|errada|com (a )?razao)\\b(?! ((os |as |o |a )?(prazos?|lei|leis|regras?|recesso"
                    + "|feriados?)|como|quando|onde|qual|quais|por que|porque|pq)\\b)"),
            // what the other side may do to the citizen: "ele pode fazer isso?", "o banco
            // pode me cobrar isso?" (until when a party may do what a procedure allows,
            // "até quando ela pode fazer isso?", is the procedure's rule)
            rule("(?<!\\bate quando )\\b(ele|ela|eles|elas|o dono|a dona|o banco|a empresa|a loja|o vizinho|a vizinha"
                    + "|o proprietario"
                    + "|o locador|o senhorio|a imobiliaria|o condominio|o sindico|meu patrao|o patrao) (pode|podia|poderia"
                    + "|tem o direito de) (fazer isso|fazer isto|me (despejar|cobrar|tirar|expulsar|botar|colocar|proibir"
                    + "|impedir|negativar|processar)|trocar a fechadura|cortar|botar|colocar)\\b"),
            // whether a clause or a charge is lawful: "essa cláusula é válida ou é
            // abusiva?"
            rule("\\b(clausula|contrato|multa|cobranca|juros|taxa|reajuste|aumento)( \\w+){0,3} (e|eh|seria|sera|esta|ta)"
                    + " (valid[oa]|abusiv[oa]|legal|ilegal|permitid[oa]|proibid[oa]|nul[oa])\\b"),
            rule("\\b(certo|certa|errado|errada) (sou eu|e ele|e ela)\\b"),
            // whether one's own claim has expired, or one is rid of a debt: "arquivaram a
            // cobrança contra mim, to livre da dívida?"
            rule("\\b(prescreveu|prescreve|prescrevera|prescrita|prescrito|caducou)\\b"),
            rule("\\b(to|tou|estou|fico|fiquei|ficarei|vou ficar|sou|ja estou|ja to) (livres?|quites?|liberad[oa]s?)"
                    + " (da|de|dessa|desta|do|desse) (divida|cobranca|debito|acao|processo|execucao)\\b"),
            rule("\\b(ainda )?da (tempo|pra|para) (de )?(cobrar|processar|entrar com|reclamar) (ou|ainda|dele|dela|isso"
                    + "|essa divida)"),
            rule("\\b(meu caso|minha situacao|isso|isso ai|isso que aconteceu( comigo)?) (da|daria) (processo|acao|causa)"));

    private static final WordsRules ADVICE = WordsRules.of(ADVICE_RULES);

    /**
     * "O que eu faço?": advice about one's own dispute ("o banco cobrou duas vezes, o que
     * eu faço?"), unless the situation is one of the court's procedure that the site
     * explains ({@link #PROCEDURE}).
     */
    private static final Pattern WHAT_TO_DO = rule(
            "\\bo (que|q) (eu )?(faco|fazer|devo fazer|deveria fazer|posso fazer|eu devo fazer|vou fazer)\\b(?! (para|pra|pro) )");

    /**
     * A lawyer, as the word is typed and as it is written by ear ("adivogado", "avogado",
     * "adevogado"); over folded text.
     */
    static final String LAWYER = "(advogad|adivogad|avogad|adevogad)";

    /**
     * Situations of the court's procedure, not of the dispute: a case that does not move,
     * a hearing, the connection (a video call that froze or dropped), the lawyer one
     * cannot pay, the systems, the deadlines. What to do then is what the clerk at the
     * counter explains.
     */
    private static final Pattern PROCEDURE = rule(
            "\\b(parad|demor|lento|andamento|movimenta|travad|empacad|engavet|nao anda"
                    + "|audiencia|internet|conexao|videochamad|video ?chamad|chamada de video|videoconferenc|reuniao|travou"
                    + "|(a|minha) rede (caiu|travou|parou)|" + LAWYER
                    + "|sem dinheiro|nao tenho dinheiro|defensoria|pje|prazo|certidao|intimac"
                    + "|citac|custas|guia|balcao|whatsapp|zap|document|urgen|plantao)");

    /** How to put one's papers into the case: {@link #asksHowToFilePapers}. */
    private static final Pattern FILING_PAPERS = rule("\\bcomo (e que |eh que )?(eu )?(coloco|junto|anexo|mando|envio"
            + "|apresento|levo|entrego)\\b( \\w+){0,4} (documentos?|provas?|fotos?|notas?( fiscais)?|comprovantes?|papeis"
            + "|prints?|recibos?)\\b"
            // "como que eu faço pra essas fotos entrarem no processo?"
            + "|\\bcomo (que |e que )?(eu )?(faco|faz|fazer) (pra|para) (essas |esses |as |os |meus |minhas )?(documentos?"
            + "|provas?|fotos?|audios?|prints?|videos?|comprovantes?|recibos?) (entrar|entrarem|irem|chegarem|constarem)"
            + " no processo\\b"
            // "como ela faz para entregar esses papéis no processo?"
            + "|\\bcomo (que |e que )?(eu |ela |ele |a gente )?(faco|faz|fazer) (pra|para) (entregar|juntar|anexar|mandar"
            + "|enviar|levar|apresentar|colocar)( \\w+){0,3} (documentos?|provas?|fotos?|papeis|recibos?|comprovantes?"
            + "|prints?|notas?)\\b");

    /** Whom one may bring as a witness: {@link #asksWhomToBringAsAWitness}. */
    private static final Pattern WITNESSES = rule("\\b(posso|pode|podem|da pra|da para|tenho como|consigo|como) (eu )?"
            + "(chamar|levar|trazer|arrolar|indicar|convidar|colocar|botar)( \\w+){0,3} (de|como|pra ser|para ser)"
            + " testemunhas?\\b");

    /**
     * "Sou obrigado a contratar advogado?", "preciso de advogado pra entrar?": whether
     * the law requires a lawyer, which the site explains (the Juizado up to 20 minimum
     * wages), however long the story before it; not what the citizen should do in the
     * dispute.
     */
    private static final Pattern LAWYER_REQUIRED = rule("\\b(sou obrigad|obrigatori|preciso|precisa|tem que|tenho que"
            + "|tem q|tenho q)\\w*( \\w+){0,2} " + LAWYER);

    /** "Posso processar…?": whether to sue, which is advice. */
    private static final Pattern WHETHER_TO_SUE = rule("\\b(posso|consigo|da pra|da para|eu posso) processar\\b");

    /**
     * "…sem advogado?", "…sem pagar?", "…pela internet?": asks by what means one may sue,
     * which the site explains (the Juizado, the gratuidade, the Defensoria).
     */
    private static final Pattern MEANS = rule(
            "\\b(sem (um |uma )?(advogad|pagar|gastar|custas|dinheiro)|de graca|gratis"
                    + "|gratuit|pela internet|online|sozinh)");

    /**
     * "…aqui?", "…nesta vara?": the question is where (competence), not whether.
     */
    private static final Pattern WHERE = rule("\\b(aqui|aki|" + LiveAnswers.AI_AS_HERE
            + "|(n|d)?(esta|essa) vara|(n|d)?(este|esse) forum|qual vara|que vara|qual justica)\\b");

    /**
     * "Por que vale a pena…?", "para que serve…?": asks what a procedure is good for (the
     * conciliation guide says "por que vale a pena comparecer"), not whether to act in
     * one's own case.
     */
    private static final Pattern WHAT_FOR = rule(
            "\\b(por que|porque|por q|pq|pra que|para que) (e que |falam que |dizem que |diz que )?(vale|valeria|valera)"
                    + " (a )?pena\\b");

    /**
     * "Quando o juiz vai decidir?", "quanto tempo o juiz demora para decidir?": asks
     * when, which is the case's progress (the FAQ on a case that does not move), not what
     * the judge will decide.
     */
    private static final Pattern WHEN = rule(
            "\\b(quando|qdo|quanto tempo|em quanto tempo|ate quando|que dia|que data) (que )?(o |a )?(juiz|juiza) (vai|iria"
                    + "|pode|deve)\\b");

    private LegalAdvice() {
    }

    /**
     * Whether the question asks for legal advice about the citizen's own case.
     * @param question the citizen's message
     * @return true when it must be declined
     */
    static boolean isAdvice(String question) {
        String text = WHEN.matcher(WHAT_FOR.matcher(Folding.wordsText(question)).replaceAll(" ")).replaceAll(" ");
        if (ADVICE.anyFinds(text)) {
            return true;
        }
        if (WHAT_TO_DO.matcher(text).find() && !PROCEDURE.matcher(text).find()) {
            return true;
        }
        return WHETHER_TO_SUE.matcher(text).find() && !WHERE.matcher(text).find() && !MEANS.matcher(text).find();
    }

    /**
     * Whether the message asks if the law requires a lawyer: a question of procedure,
     * which the learned intents must not take for a request for advice.
     * @param question the citizen's message
     * @return true when it asks whether a lawyer is required
     */
    static boolean asksIfLawyerRequired(String question) {
        return LAWYER_REQUIRED.matcher(Folding.wordsText(question)).find();
    }

    /**
     * Whether the message asks how to put one's papers into the case ("como é que eu
     * coloco esses documentos no processo?"): procedure, which the learned intents must
     * not take for a request for advice either.
     * @param question the citizen's message
     * @return true when it asks how to file papers or evidence
     */
    static boolean asksHowToFilePapers(String question) {
        return FILING_PAPERS.matcher(Folding.wordsText(question)).find();
    }

    /**
     * Whether the message asks whom one may bring as a witness ("posso chamar meus parças
     * de testemunha?"): procedure (the FAQ on witnesses), which the learned intents must
     * not take for a request for advice.
     * @param question the citizen's message
     * @return true when it asks whether someone can be one's witness
     */
    static boolean asksWhomToBringAsAWitness(String question) {
        return WITNESSES.matcher(Folding.wordsText(question)).find();
    }

    private static Pattern rule(String regex) {
        return Pattern.compile(regex);
    }

}
