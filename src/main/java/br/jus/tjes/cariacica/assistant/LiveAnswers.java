package br.jus.tjes.cariacica.assistant;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import br.jus.tjes.cariacica.content.Channel;
import br.jus.tjes.cariacica.content.CnjNumber;
import br.jus.tjes.cariacica.content.FaqCategory;
import br.jus.tjes.cariacica.content.Hearing;
import br.jus.tjes.cariacica.content.HearingFilter;
import br.jus.tjes.cariacica.content.OpeningStatus;
import br.jus.tjes.cariacica.content.ServiceGuide;
import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.content.Unit;
import br.jus.tjes.cariacica.time.CourtTime;
import org.jsoup.parser.Parser;

import org.springframework.context.MessageSource;

/**
 * Answers from the court's data rather than from prose, for the questions citizens ask
 * most: a case number (its check digits, its next public hearing), whether a subject
 * belongs to this court ("é aqui?"), whether the unit is open now, and its contacts. The
 * same data and rules the pages use ({@link Unit#statusOf}, {@link CnjNumber}, the public
 * pauta), so the assistant never disagrees with them.
 */
final class LiveAnswers {

    private static final Locale PT_BR = Locale.of("pt", "BR");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A CNJ number as citizens type it: punctuated, partly punctuated or 20 digits. */
    private static final Pattern CNJ = Pattern.compile(
            "(?<![\\d.-])(\\d{7})\\s*-?\\s*(\\d{2})\\s*\\.?\\s*(\\d{4})\\s*\\.?\\s*(\\d)\\s*\\.?\\s*(\\d{2})\\s*\\.?"
                    + "\\s*(\\d{4})(?![\\d])");

    /** Words of a message about the citizen's own case or the people in it. */
    private static final Set<String> OWN_CASE = Set.of("minha", "meu", "nossa", "nosso", "nome", "nomes", "partes");

    private static final Set<String> OPEN_WORDS = Set.of("aberto", "aberta", "abertos", "abertas", "fechado", "fechada",
            "fechados", "fechadas", "funcionando", "atendendo", "expediente");

    private static final Set<String> OPENS_WORDS = Set.of("abre", "abrem", "fecha", "fecham", "funciona", "funcionam",
            "atende", "atendem");

    /**
     * Words before "abre", "atende"... that make it something else than the unit opening:
     * "como funciona isso?" asks how something works, "agora nem atende mais o telefone"
     * tells of someone who does not answer.
     */
    private static final Set<String> NOT_OPENING = Set.of("como", "nem", "ninguem", "nunca");

    /**
     * A day named in a question about opening ("o fórum abre dia 20 de novembro?",
     * "funciona no dia 24/12?"): the day of the month, and its month by name or number
     * (none: this month, or the next once the day has passed). Over folded words.
     */
    private static final Pattern DAY_NAMED = Pattern
        .compile("\\bdia (\\d{1,2})(?: de (janeiro|fevereiro|marco|abril|maio"
                + "|junho|julho|agosto|setembro|outubro|novembro|dezembro)| (\\d{1,2})(?: \\d{4}| \\d{2})?)?\\b");

    /**
     * The national holidays of a fixed date, by the names citizens give them ("vocês
     * abrem no dia de finados?"); over folded words. The movable ones (carnaval, Easter,
     * Corpus Christi) are left to the closures staff publish.
     */
    private static final Map<String, MonthDay> HOLIDAYS = Map.ofEntries(Map.entry("ano novo", MonthDay.of(1, 1)),
            Map.entry("tiradentes", MonthDay.of(4, 21)), Map.entry("dia do trabalho", MonthDay.of(5, 1)),
            Map.entry("dia do trabalhador", MonthDay.of(5, 1)), Map.entry("independencia", MonthDay.of(9, 7)),
            Map.entry("sete de setembro", MonthDay.of(9, 7)), Map.entry("nossa senhora aparecida", MonthDay.of(10, 12)),
            Map.entry("finados", MonthDay.of(11, 2)), Map.entry("proclamacao da republica", MonthDay.of(11, 15)),
            Map.entry("consciencia negra", MonthDay.of(11, 20)), Map.entry("vespera de natal", MonthDay.of(12, 24)),
            Map.entry("natal", MonthDay.of(12, 25)));

    private static final Set<String> CASE = Set.of("processo", "acao");

    /**
     * Asking how to check a case number, or whether one is valid or exists ("tem como eu
     * conferir se esse número existe mesmo?"); over folded words.
     */
    private static final Pattern CHECKS_A_NUMBER = Pattern
        .compile("\\b(confer|confir|verific|checa|checar|consult|saber se"
                + "|ver se|descobrir se)\\w*( \\w+){0,8} numero (do |de |desse |deste |da )?(processo|acao)"
                // "conferir se o nº do proc. tá certo", "o nº do proc, como
                // confiro?", "errei algum dígito, tem como conferir se tá certo?"
                + "|\\b(confer|confir|verific|checa|checar)\\w* se (o |a )?(numero|n|no|nr|num|nmr) (do |de |da )?(meu |minha )?(processo|proc|acao)\\b"
                // ("…errei algum número, tem como conferir no site se tá certo?")
                + "|\\b(numero|digito|digitos)( \\w+){0,24} (confer|confir|comfer|verific|checa|checar)\\w*( \\w+){0,3} se (ta|esta|e|eh) (certo"
                + "|serto|correto|valido)\\b|\\b(n|nr|num|nmr|numero) (do|de|da) (processo|processos|procesos|prosseso|proc)\\b"
                // "meu numero de procesos tem um .5.17. no meio, sera q é desse tribunal
                // ai? como confiro isso"
                + "( \\w+){0,14} (confer|confir|confiro|verific|checa|checar)"
                + "|\\bnumero( \\w+){0,6} (e |eh |esta |ta )?(valido|existe|verdadeiro|real|correto|certo)\\b"
                // "um número de processo por mensagem, quero ver se é de verdade"
                + "|\\bnumero (de|do) processo( \\w+){0,10} (e|eh) (de verdade|verdadeiro|real)\\b"
                // "ver se o num do processo q anotei tá certo"
                + "|\\b(confer|confir|verific|checa|checar|ver se)\\w*( \\w+){0,8} (num|nr|nmr|n) (do|de|da) (processo|proc|acao)\\b"
                + "( \\w+){0,6} (e |eh |esta |ta )?(valido|existe|verdadeiro|real|correto|certo|serto)\\b"
                // "conferir se os dígitos verificadores batem"
                + "|\\bdigitos? verificador"
                // "o número do meu processo… deu inválido… como eu confiro se tá certo?"
                + "|\\b(numero|n|nr|num)\\b.*\\bcomo (eu |q )?(confiro|confirmo|verifico|checo|sei) se (o )?((numero|n|nr"
                + "|num) )?(ta|esta|e|eh) (certo|serto|correto|valido)\\b"
                // "tenho o nº do processo anotado num papel mas não sei se tá certo"
                + "|\\b(n|nr|num|numero) (do|de|da) (meu )?(processo|proc)\\b( \\w+){0,8} (nao |n )?sei se (ta|esta|e"
                + "|eh) (certo|serto|correto)\\b"
                // "como sei se anotei certo ou se falta algum dígito"
                + "|\\b(sei|saber|confiro|confirmo|verifico|checo) se (anotei|escrevi|copiei|digitei|peguei|coloquei)"
                + "( \\w+){0,3} (certo|certinho|errado|serto)\\b|\\bfalta (algum |um )?digito"
                // "e se o nº ta certo tb pq acho q anotei errado"
                + "|\\bacho (que|q) (anotei|escrevi|copiei|digitei)( \\w+){0,3} (errado|errada|trocado)\\b"
                // "um número que parece ter algum algarismo trocado… verificar se a
                // numeração está correta"
                // "tem como conferir no site se o nº ta certo?"
                + "|\\b(ver|ve|(confer|confir|comfer|verific|checa|checar)\\w*)( \\w+){0,3} se ((esse |este |o )?numero|(esse "
                + "|este |o )(n|nr|num)) (ta|esta|e|eh) (certo|correto|valido)\\b"
                + "|\\bdigitos( \\w+){0,3} (mostram|dizem|indicam) se\\b"
                + "|\\balgarismos? (trocad|errad)|\\bnumeracao( \\w+){0,3} (e |eh |esta |ta )?(correta|certa|valida)\\b");

    /**
     * A case, or a paper about one, named ("qual o número certo da vara?" is a phone).
     */
    private static final Pattern ABOUT_A_CASE = Pattern
        .compile("\\b(processo|proc|pro[cs]+es+o|acao|oficio|mandado|intimacao|citacao|carta|tribunal)\\b"
                // a case's number by its shape: "20 números com ponto e traço"
                + "|\\b20 (numeros|digitos)\\b");

    /**
     * A case the right number does not find ("não consigo encontrar o meu processo, mesmo
     * digitando o número correto"): a sealed case, which the FAQ explains.
     */
    private static final Pattern NOT_FOUND_BY_IT = Pattern
        .compile("\\b(nao|n) (consigo |da pra |to conseguindo )?(encontrar|achar|acho|encontro|aparece|localizar)\\b");

    /**
     * Numbers that are not a case's: a phone, a document, an account ("o número que me
     * informaram por telefone" came by phone, and is a case's).
     */
    private static final Pattern NOT_A_CASE_NUMBER = Pattern.compile(
            "\\bnumero (do |de |da |desse |deste |dessa |desta )?(meu |minha |seu |sua )?(telefone|celular|whatsapp|zap"
                    + "|cpf|rg|cnpj|conta|cartao|protocolo|boleto)\\b|(?<!\\b(por|pelo|no|via) )\\b(telefone|celular"
                    + "|whatsapp|zap|cpf|rg|cnpj|conta|cartao|protocolo|boleto)( \\w+){0,3} (esta|ta|e|eh) (correto|certo"
                    + "|valido)\\b");

    /**
     * A payment asked for by someone who called ("uma taxa de 800 reais no pix… isso é
     * verdade? a vara cobra isso?"): the scam notice's question, not the unit's number.
     */
    private static final Pattern PAYMENT = Pattern.compile("\\b(pix|taxa|taxas|deposito|depositar|boleto)\\b");

    /** What a message with a case number may ask besides it. */
    private static final Pattern ABOUT_SOMETHING_ELSE = Pattern
        .compile("\\b(certidao|certidoes|aparece (o )?(meu|minha|nosso) nome|(meu|nosso) nome aparece|aumentar a letra"
                + "|contraste)\\b");

    private static final Pattern DOUBTED = Pattern
        .compile("\\b(verdade|golpe|cobra|cobram|verdadeiro|verdadeira|confiavel|real|legitimo|legitima)\\b");

    /**
     * The citizen's own address or number changing ("mudo de endereço com frequência").
     */
    private static final Pattern OWN_CONTACT_CHANGED = Pattern.compile("\\b(mudo|mudei|mudar|mudando|mudamos|troquei"
            + "|troco|trocar|atualizar|atualizo|atualizei) (de |o |meu |minha )?(endereco|casa|telefone|celular|numero|email)\\b");

    private static final String CONTACT_GIVEN = "(endereco|telefone|celular|cel|numero|email|contato|whatsapp|zap)\\b";

    /**
     * The citizen's own contact given to someone ("no juízo 100% digital sou obrigado a
     * passar meu email e cel?", "precisa informar algum contato?").
     */
    private static final Pattern GIVING_OWN_CONTACT = Pattern
        .compile("\\b(passar|passo|dar|dou|informar|informo|fornecer"
                + "|forneco|cadastrar|cadastro|colocar|coloco|espalhar) (o |a )?(meu|minha) " + CONTACT_GIVEN
                // ("precisa informar algum contato?"; not "pode me passar um telefone?")
                + "|\\b(informar|informo|fornecer|forneco|cadastrar|cadastro) (algum|alguma|um|uma) " + CONTACT_GIVEN
                // "quais dados de contato preciso informar?"
                + "|\\b(dados|informacoes) de contato( \\w+){0,3} (informar|informo|fornecer|forneco|passar|cadastrar)\\b");

    /**
     * What a phone is used for, told ("ela só usa o celular pra ligar e ouvir áudio"): no
     * contact asked.
     */
    private static final Pattern A_PHONES_USE = Pattern
        .compile("\\b(usa|usar|uso|usava|serve)( \\w+){0,2} (celular|telefone)( \\w+)? (pra|para) ligar\\b");

    /** The judge, not the unit, asked to be called ("posso ligar direto pro juiz?"). */
    private static final Pattern CALLING_THE_JUDGE = Pattern.compile(
            "\\b(ligar|ligo|telefonar|falar|falo)( direto| diretamente)? (pro|pra|para o|com o|ao) (juiz|juiza)\\b");

    /**
     * The unit tried and not reached ("liguei três vezes e ninguém atende", "deu
     * ocupado"): the message's question is what comes after, unless it asks for another
     * way in.
     */
    private static final Pattern NOT_REACHED = Pattern.compile("\\b((ninguem|ningem|ninguen) (me )?(atende|atendeu"
            + "|responde|respondeu)|deu ocupado|so (da|deu) ocupado|so visualiza)\\b");

    private static final Pattern ANOTHER_WAY_IN = Pattern
        .compile("\\b(outro|outra) (telefone|numero|contato|whatsapp|zap|email|jeito|forma|canal|meio)\\b");

    /** Complaints about the service: the Ouvidoria's, not the unit's contacts. */
    private static final Pattern COMPLAINT = Pattern
        .compile("\\b(queixa|reclamac|reclamar|reclamo|denunciar|destratad|maltratad|mal atendid)\\w*");

    /**
     * Things that are open or closed and are not the unit ("um imóvel fechado", "a loja
     * aberta").
     */
    private static final Set<String> OTHER_THINGS = Set.of("imovel", "casa", "portao", "porta", "loja", "comercio",
            "apartamento", "predio", "estabelecimento", "terreno", "janela", "rua", "estrada", "conta", "caso",
            "sistema", "site", "pje", "carga", "negocio", "acordo", "compra", "venda", "proposta", "cara", "firma",
            "empresa", "cnpj", "mei");

    /**
     * Free legal help asked for ("não tenho dinheiro pra advogado, tem alguém que ajuda
     * de graça? qual o número?"), or a lawyer who does not answer ("meu adv sumiu, não
     * responde o zap"): the contact in question is the Defensoria's or the lawyer's, not
     * the unit's; search answers.
     */
    private static final Pattern FREE_HELP = Pattern
        .compile("\\b(" + LegalAdvice.LAWYER + "\\w*|adv|de graca|gratis|gratuit\\w*)\\b");

    private static final Pattern DEADLINE = Pattern.compile("\\b(prazos?|\\d+ dias)\\b");

    private static final Pattern DAYS_COUNTED = Pattern
        .compile("\\b(dias? uteis|dia util|corridos|sabados?|domingos?|feriados?|fins? de semana|finais de semana)\\b");

    private static final Pattern COUNTED = Pattern
        .compile("\\b(conta|contam|contar|conto|contando|entra|entram|inclui|incluem|considera|consideram|computa|corre"
                // "na contagem do prazo, são computados os sábados?"
                + "|correm|contagem|computad[oa]s?|contad[oa]s?|incluid[oa]s?|considerad[oa]s?)\\b");

    private static final Pattern RECESS = Pattern
        .compile("\\b(recesso|fim do ano|final do ano|natal|ano novo|janeiro)\\b");

    /** "…o que é?", "…significa o quê?", "…quer dizer o quê?": asked after the term. */
    private static final String WHAT_IT_MEANS = "o que e|oq e|oque e|o que significa|significa o que|oq significa"
            + "|oque significa|quer dizer o que|quer dizer oq|quer dizer oque"
            // "citação é oq mesmo?"
            + "|e o que|e oq|e oque";

    /** Words that join a term to the words before it: "concluso pra sentença". */
    private static final Set<String> JOINING = Set.of("pra", "para", "pro", "p", "de", "da", "do", "em", "na", "no",
            "a", "ao", "com");

    /**
     * The question of meaning at the end of a message, the term in its last words, or
     * anywhere when "isso" points back at it ("aparece citação, oq é isso? é ruim?").
     */
    private static final Pattern MEANING_AFTER_A_STORY = Pattern.compile(
            "((?:\\w+ ){0,3}\\w+) (?:" + WHAT_IT_MEANS + ")(?: (?:isso|isto)\\b.*|(?: exatamente| mesmo| ai| ne)?$)");

    /**
     * A question asking what a term means, over folded words: the term before or after "o
     * que é", "o que significa", "o que quer dizer" (an article before it left out).
     */
    private static final Pattern ASKS_MEANING = Pattern
        .compile("(?:(?:o )?(?:que|q|oq|oque) (?:e|eh|significa|quer dizer)|significado de|significado da"
                + "|significado do) (?:a |o |uma |um |essa |esse |esta |este )?(?:tal )?(.+)|(.+?) (?:" + WHAT_IT_MEANS
                + "|e o que)");

    /**
     * A term defined in a list of a guide, as the guides' Markdown is rendered: a list
     * item whose bold term is followed by a colon and its definition ("**Citação**: o réu
     * é chamado ao processo.").
     */
    private static final Pattern DEFINED_TERM = Pattern
        .compile("<li>(?:<p>)?<strong>([^<]+)</strong>\\s*:\\s*(.+?)(?:</p>)?\\s*</li>", Pattern.DOTALL);

    private static final Set<String> NOT_A_DAY_OF_THE_UNIT = Set.of("audiencia", "audiencias", "pauta", "prazo",
            "prazos", "recesso", "entre");

    private static final List<String> MONTHS = List.of("janeiro", "fevereiro", "marco", "abril", "maio", "junho",
            "julho", "agosto", "setembro", "outubro", "novembro", "dezembro");

    private static final Set<String> WHEN_WORDS = Set.of("hoje", "agora", "amanha", "quando", "horas", "hora", "hrs",
            "ainda", "momento");

    // What else may open or work: a system, a channel of another kind, a device ("a
    // câmera do celular não funciona direito"); and a certificate asked for "fora do
    // horário de expediente" is the certificates' question, not the hours'.
    private static final Set<String> NOT_THE_UNIT = Set.of("pje", "sistema", "site", "plantao", "urgente", "urgencia",
            "urjencia", "emergencia", "defensoria", "defenssoria", "ouvidoria", "processo", "acao", "conta", "camera",
            "celular", "computador", "microfone", "notebook", "equipamento", "wifi", "sinal", "certidao", "certidoes");

    /** The WhatsApp, as it is written and written by ear ("uatizap", "wpp"). */
    private static final Set<String> WHATSAPP = Set.of("whatsapp", "zap", "whats", "whatsap", "watsap", "uatsap",
            "uatizap", "wpp", "zapzap");

    private static final Map<String, Set<String>> CONTACTS = Map.of("TELEFONE",
            Set.of("telefone", "fone", "ligar", "ligacao", "numero"), "WHATSAPP", WHATSAPP, "EMAIL",
            Set.of("email", "mail"), "BALCAO_VIRTUAL", Set.of("virtual", "videochamada", "video"), "BALCAO_PRESENCIAL",
            Set.of("endereco", "end", "fica", "presencial", "localizacao"));

    private static final Set<String> CONTACT_WORDS = Stream
        .concat(Stream.of("contato", "contatos", "telefone", "telefones", "fone", "ligar", "email", "endereco", "end"),
                WHATSAPP.stream())
        .collect(Collectors.toUnmodifiableSet());

    /** Words that ask for a contact, such as "qual", "onde", "número" and "tem". */
    private static final Set<String> CONTACT_ASKS = Set.of("qual", "quais", "numero", "onde", "contato", "contatos",
            "endereco", "tem", "existe", "passa", "passar", "informa", "falar", "falo", "ligar", "ligo");

    /**
     * Who a contact may belong to when a message names its owner ("o telefone do
     * cartório", "o email de vocês"), and what may open when a message names it ("abre o
     * fórum"); any other owner ("o telefone da SUSEP", "um WhatsApp de um número
     * estranho", "abre a matrícula") is not this unit.
     */
    private static final Set<String> OWN = Set.of("vara", "voces", "vcs", "vc", "cartorio", "forum", "secretaria",
            "balcao", "unidade", "juizo", "juiz", "juiza", "gabinete", "atendimento", "contato", "2", "2a", "segunda",
            "civel", "cariacica");

    private static final Set<String> OF = Set.of("de", "da", "do", "das", "dos");

    private static final Set<String> ARTICLES = Set.of("a", "o", "as", "os");

    // Pronouns only: "funciona esta semana?" asks of the unit.
    private static final Set<String> POINTED_AT = Set.of("isso", "isto", "aquilo");

    /**
     * How many words before a contact word, and after it, a word asking for it may be
     * ("qual é o número de telefone", "o whatsapp, qual é?").
     */
    private static final int ASK_BEFORE = 4;

    private static final int ASK_AFTER = 3;

    /**
     * Where the unit is, asked without a contact word: "onde fica o fórum?", "onde vocês
     * ficam?"; not another forum or another vara ("onde fica o fórum de Vila Velha?",
     * "onde é a vara de família?").
     */
    private static final Pattern WHERE_IT_IS = Pattern
        .compile("\\bonde (fica|ficam|e|esta|estao)( o| a)? (forum|vara|cartorio|secretaria)\\b"
                // not another town's ("o fórum de Vitória"); "o de vocês" is this one
                + "(?! (de|da|do) (?!(cariacica|voces|vcs|vc|voce)\\b))" + "|\\bonde (voces|vcs) (ficam|estao)\\b");

    /** A message this short ("telefone da vara") asks for the contact it names. */
    private static final int SHORT_QUESTION = 4;

    /**
     * Sending something through a channel ("posso mandar as fotos dos recibos pelo zap de
     * vocês?"): the site's entry on documents by WhatsApp answers that, not the channel's
     * number.
     */
    private static final Set<String> SENDING = Set.of("mandar", "mando", "manda", "enviar", "envio", "envia", "anexar",
            "anexo", "juntar", "junto", "protocolar", "protocolo");

    private static final Set<String> LINKING = Set.of("que", "q", "ta", "esta", "ja", "tava", "estava", "foi", "fica",
            "ficou");

    /** Sending a message is reaching the unit: "qual o número pra mandar mensagem?". */
    private static final Pattern MESSAGING = Pattern
        .compile("\\b(mandar|mando|manda|enviar|envio|envia)( uma| um)? (mensagem|mensagens|menssagem|msg|recado)\\b");

    /**
     * A contact that changed ("vocês mudaram o link do balcão?", "o telefone é novo?"):
     * the notice that announced it answers, not the contact alone.
     */
    private static final Set<String> CHANGED = Set.of("mudou", "mudaram", "mudarao", "mudaria", "mudar", "trocou",
            "trocaram", "trocarao", "trocar", "novo", "nova", "antigo", "antiga");

    /** The words of this unit's name, which a citizen adds to a short message. */
    private static final Set<String> UNIT_NAME = Set.of("2", "2a", "segunda", "vara", "civel", "cariacica", "de", "da");

    /**
     * "Aí" as citizens write "here" to the court ("divórcio é aí?", "posso processar a
     * prefeitura aí?"), over folded words; not the greeting that opens a message ("e aí,
     * tudo bem?", "ai, …").
     */
    static final String AI_AS_HERE = "(?<!^)(?<!^e )ai";

    /**
     * "É aqui?", "…nesta vara?": the question asks whether a subject belongs here. A
     * subject of another court mentioned in a story about something else (a hearing one
     * cannot attend because of the boss) is not a competence question.
     */
    private static final String NAMES_THE_COURT = "(n|d)?(esta|essa) vara|(n|d)?(este|esse) (forum|juizo(?! 100))"
            + "|qual vara|que vara|qual justica|onde (entro|eu entro|abro|dou entrada|processo)"
            + "|(fica|ficam|vai|vao) (com|pra|para) (voces|vcs)|(voces|vcs) (fazem|julgam|cuidam|resolvem|pegam)"
            + "|(e|eh) com (voces|vcs)";

    private static final Pattern ASKS_WHERE = Pattern
        .compile("\\b(aqui|aki|" + AI_AS_HERE + "|" + NAMES_THE_COURT + ")\\b");

    /**
     * The same question naming the court or which court ("…nesse juízo?", "qual vara
     * julga…?"): a bare "aqui" is also "aqui na rua" or "o cartório aqui em Cariacica".
     */
    private static final Pattern ASKS_WHICH_COURT = Pattern.compile("\\b(" + NAMES_THE_COURT + ")\\b");

    /**
     * Keeping what is written ("salvam", "guardam", "ficam arquivadas"), asked with
     * {@link #WRITTEN_HERE}: whether this chat keeps the citizen's messages.
     */
    private static final Pattern KEEPS = Pattern.compile("\\b(salv|guard|grav|armazen|arquiv)");

    /**
     * "A lista das audiências", "as audiências publicadas": the pauta by another name.
     */
    private static final Pattern LIST_OF_HEARINGS = Pattern.compile(
            "\\b(lista|relacao) (das |de )?audiencias?|audiencias (publicadas|que (o site|a vara) (mostra|publica))"
                    // "a audiência da minha tia vai aparecer na lista do site?"
                    + "|\\baudiencias?\\b( \\w+){0,6} (na|numa) (lista|relacao)\\b");

    /** Which room a hearing is in. */
    private static final Pattern WHICH_ROOM = Pattern
        .compile("\\b(qual|que) sala\\b.*\\baudiencia\\b|\\baudiencia\\b.*\\b(qual|que) sala\\b"
                + "|\\baudiencia (e|eh|vai ser|sera|fica) na sala\\b");

    /** A hearing's status: cancelled, moved, suspended. */
    private static final String MOVED = "cancel|remarc|adia|redesig|desmarc|suspens";

    private static final Pattern STATUS = Pattern.compile("\\b(" + MOVED + ")");

    /**
     * A hearing that is not simply to be found: cancelled, moved or virtual, a name on
     * it, a number the citizen does not have, one the pauta does not show or shows
     * without its number (a sealed case, which the FAQ explains).
     */
    private static final Pattern NOT_FINDING_IT = Pattern.compile(
            "\\b(" + MOVED + "|virtua|video|link|online|nomes?\\b|(nao|n) (tenho|sei|lembro|acho) (o )?(numero|n)\\b"
                    + "|sem numero|segredo|sigilo|(nao|n) (aparece|acho|encontro)|sumiu)");

    /**
     * Reading the site itself: a larger letter, other colours ("as letras do site ficam
     * minúsculas, tem como aumentar a letra ou mudar as cores?"); the accessibility page
     * answers, whatever page the story names.
     */
    private static final Pattern READING_THE_SITE = Pattern
        .compile("\\b((aumentar|aumento|aumenta|ampliar|diminuir) (a |o |as |os )?(letra|letras|fonte|tamanho|zoom)"
                + "|mud(ar|o|a) (as )?cores|(?<!com )contraste|leitor de tela|letras? (\\w+ ){0,5}(pequena|pequenas|miuda|miudas"
                + "|miudinha|miudinhas)|(letra|letras|fonte) (maior|maiores))\\b");

    /**
     * Whether the message asks how to read the site itself (larger letters, contrast, a
     * screen reader): the site's own question, whatever story of glasses and banks goes
     * before it.
     * @param question the citizen's message
     * @return true when it asks how to read the site
     */
    static boolean asksHowToReadTheSite(String question) {
        return READING_THE_SITE.matcher(Folding.wordsText(question)).find();
    }

    /**
     * Whether one's hearing still stands ("onde confiro se minha audiência continua
     * marcada?"): the pauta shows the hearings as they are.
     */
    private static final Pattern STILL_SCHEDULED = Pattern.compile("\\baudiencia( \\w+){0,4} (continua|ainda (esta"
            + "|ta)|segue|permanece|esta mesmo|ta mesmo) (marcada|de pe|confirmada|mantida)\\b");

    /**
     * A link, a page or a file that does not open ("o link que a secretaria me passou não
     * abre mais, mudou?"): not whether the unit is open.
     */
    private static final Pattern LINK_NOT_OPENING = Pattern.compile("\\b(link|site|pagina|app|aplicativo|arquivo|pdf"
            + "|anexo)\\b( \\w+){0,15} (nao|n) (abre|abriu|carrega|carregou|funciona|entra)\\b");

    /** A link asked for: "onde eu pego esse link?". */
    private static final Pattern LINK_ASKED = Pattern.compile("\\b(link|linque|linke)\\b");

    /** What a thing is: "o que é essa tal de instrução?". */
    private static final Pattern WHAT_IS = Pattern
        .compile("\\b(o que|oq|o q|que) (e|eh) (essa|esse|isso|a tal|o tal|essa tal|esse tal)\\b");

    /** What a word means: "isso quer dizer o quê?", "o que significa". */
    private static final Pattern MEANING_ASKED = Pattern.compile("\\b(quer dizer|significa|significado)\\b");

    private static final Set<String> HEARING_WORDS = Set.of("audiencia", "audiencias", "sessao", "sessoes");

    private static final Set<String> TIME_WORDS = Set.of("horario", "horarios", "hora", "horas", "hrs");

    private static final Pattern PERSONAL_DATA = Pattern
        .compile("\\b(lgpd|(meus|minhas|seus|os) dados( pessoais)?|dados pessoais|protecao de dados|encarregado)\\b");

    /** What one asks of one's data: to see, correct or erase it, or whom to ask. */
    private static final Pattern DATA_REQUEST = Pattern.compile("\\b(apag|exclu|delet|elimin|corrig|remov|acess|pedi"
            + "|solicit|com quem|quem (e|eh) o encarregado|contato)");

    /** Where or how to see the list: "é possível consultar pela internet a lista…?". */
    private static final Pattern SEEING_THE_LIST = Pattern.compile("\\b(e possivel|da pra|da para|tem como|como|onde"
            + "|posso|consigo|pode)( \\w+){0,2} (consultar|consulto|ver|vejo|acessar|acesso|olhar|olho|achar|acho)"
            + "( \\w+){0,4} (a |na )?(pauta|lista|relacao)\\b|\\btem (alguma |uma )?(lista|relacao)\\b");

    /** What a list shows, and a hearing's form: "a pauta mostra se é presencial?". */
    private static final Pattern SHOWS = Pattern.compile("\\b(mostra|mostram|aparece|aparecem|informa|diz)\\b");

    private static final Pattern FORM = Pattern.compile("\\b(presencial|virtual|video|online|forma)\\b");

    /** Whose names are shown ("o meu nome", "o nome das partes"), not a judge's. */
    private static final Pattern NAMES = Pattern
        .compile("\\bnomes?\\b(?! d[oa] (juiz|juiza|conciliador|conciliadora))");

    /**
     * What the citizen writes here: "o que eu escrevo", "as mensagens que eu mando",
     * "nesse chat".
     */
    private static final Pattern WRITTEN_HERE = Pattern
        .compile("\\b((o que|oq|oque|o q) (eu |a gente )?(escrev|mand|digit)"
                + "|(mensagens?|conversas?|perguntas?) (que )?(eu |a gente )?(mand|escrev|digit|fac)"
                + "|(nesse|neste|desse|deste|no|do|com o|com este|com esse|pro|pelo) (chat|robo|assistente|bot)\\b)");

    /**
     * Personal data offered here: "posso digitar aqui o CPF da minha mãe pra vocês
     * acharem o processo?", "posso mandar aqui no chat a foto do meu CPF?" (the privacy
     * page asks not to).
     */
    private static final Pattern DATA_TYPED_HERE = Pattern.compile("\\b(digit|escrev|mand|pass|coloc|inform|envi)\\w*"
            + "( \\w+){0,2} (aqui|aq|pra voces|para voces|pra vcs|no chat|nesse chat|neste chat)\\b( \\w+){0,6} (cpf|rg"
            + "|endereco|dados)\\b"
            // the data first: "posso mandar meu cpf e rg aq pra vc achar meu processo?"
            + "|\\b(digit|escrev|mand|pass|coloc|inform|envi)\\w* (o |a |meu |minha )?(cpf|rg|endereco|dados)( \\w+){0,3}"
            + " (aqui|aq|pra voce|pra vc|para voce|pra voces|pra vcs|no chat|nesse chat|neste chat)\\b");

    /** An FAQ entry that asks "é aqui?" ("…são aqui?", "…esta vara?"). */
    private static final Pattern HERE_QUESTION = Pattern.compile("\\b(aqui|(n|d)?esta vara)\\b");

    /**
     * Subjects of other courts, as citizens name them, and the words that name that court
     * in the unit's "not handled here" list.
     */
    private static final Map<String, List<String>> ELSEWHERE = competence();

    /**
     * A court of another town, or one compared with this: "no juizado de BH eu mandava
     * pelo zap", "é de graça igual no juizado?" tell where the citizen has been, not the
     * subject asked of this court ("juizado de pequenas causas" is one).
     */
    private static final Pattern ANOTHER_TOWNS_COURT = Pattern
        .compile("\\bjuizado( especial)?( civel)? (de |do |da |em |la de |la em |la do |la no )(?!pequenas)\\w+"
                + "|\\b(igual|como|que nem|feito) (ao |no |o |na )?juizado\\b");

    /**
     * One's own case said to be here ("a audiência do meu processo aí na vara"): the
     * subject of the story around it (the boss who will not let one go) is not the
     * court's question.
     */
    private static final Pattern OWN_CASE_HERE = Pattern
        .compile("\\b(meu|minha|nosso|nossa) (processo|acao|caso|audiencia)( \\w+){0,4} (ai|aqui|aki) (na|nessa"
                + "|nesta) vara\\b");

    /**
     * Another court's pauta or hearing ("procurava a pauta de audiências do TRT da 17ª
     * região, minha audiência trabalhista é semana que vem"): not this vara's pauta.
     */
    private static final Pattern ANOTHER_COURTS_HEARING = Pattern
        .compile("\\b(pauta|audiencia|audiencias)( \\w+){0,3} (do|da|no|na) (trt|trf|tre|tst|justica (do trabalho"
                + "|federal|eleitoral)|vara (do trabalho|trabalhista|federal))\\b|\\baudiencias? trabalhistas?\\b");

    /**
     * How something is done here, asked after what another court does ("no juizado não
     * paga custas, né? e aqui na vara cível paga quanto?", "a vara de vocês faz esse tipo
     * de cobrança?"), or what was scheduled here: the other court is the comparison, not
     * the question.
     */
    private static final Pattern THIS_UNITS_WAY = Pattern.compile(
            "\\b(aqui|aki|ai) (na|nessa|nesta) vara( civel)? (paga|pode|precisa|tem|cobra|custa|funciona|atende)\\b"
                    + "|\\b(a|essa) vara de (voces|vcs) (faz|cobra|manda|liga|pede|atende)\\b"
                    // "marcaram conciliação de novo aqui msm, eu já tinha tentado no
                    // juizado"
                    + "|\\b(marcaram|marcou|remarcaram|designaram)( \\w+){0,3} (aqui|aki|ai)\\b");

    /**
     * Subjects this court judges: a question about one of them ("ação de despejo é
     * julgada nessa vara?") is answered by the page on what the court judges, even when
     * its story names another court's subject ("o aluguel é minha aposentadoria"; a loan
     * deducted from a pension is a suit against the bank, not the INSS).
     */
    private static final List<String> HANDLED_HERE = List.of("despejo", "aluguel", "alugueis", "locacao", "inquilino",
            "inquilina", "usucapiao", "condominio", "consignado", "contra banco", "contra o banco");

    /**
     * The unit's certificates, which it gives whatever the dispute: "a prefeitura pediu
     * certidão negativa de processo cível, como eu tiro essa certidão aí?" asks this
     * court for one, not which court judges suits against the city.
     */
    private static final List<String> GIVEN_HERE = List.of("certidao", "certidoes");

    private final SiteContent content;

    private final Clock clock;

    private final MessageSource messages;

    LiveAnswers(SiteContent content, Clock clock, MessageSource messages) {
        this.content = content;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * The live answer to a question, if it is one of those answered from data.
     * @param question the citizen's message, redacted
     * @return the answer, or empty to let retrieval answer
     */
    Optional<Answer> answer(String question) {
        return aboutTheCourt(question).or(() -> aboutTheUnit(question));
    }

    /**
     * The answers only the court's own questions get: a case number, the pauta, this
     * chat, what a term means, whether a subject is judged by this court or which court
     * (the court named). A question they answer names the court's matters, so no learned
     * guess that it is about something else overrides them.
     * @param question the citizen's message, redacted
     * @return the answer, or empty
     */
    Optional<Answer> aboutTheCourt(String question) {
        List<String> words = Folding.words(question);
        String folded = String.join(" ", words);
        Optional<Composed> number = asksBesideTheNumber(folded) ? Optional.empty() : caseNumber(question, words);
        return answered(number.or(() -> thePautasTime(words))
            .or(() -> pauta(words, folded))
            .or(() -> checkingANumber(folded))
            .or(() -> aboutThisChat(folded))
            .or(() -> namesOnThePauta(words, folded))
            .or(() -> personalData(folded))
            .or(() -> ownHearingOnThePauta(words, folded))
            .or(() -> meaning(folded))
            .or(() -> countingADeadline(folded))
            .or(() -> ASKS_WHICH_COURT.matcher(folded).find() ? competence(folded) : Optional.empty()));
    }

    /**
     * Whether a subject is judged "aqui", whether the unit is open (now or on a day
     * named) and its contacts: words any establishment's question has, so asked after the
     * learned model has said the question is not about something else ("o aquaviário já
     * voltou? qual o horário?", "como peço pra prefeitura podar a árvore aqui da rua?").
     * @param question the citizen's message, redacted
     * @return the answer, or empty
     */
    Optional<Answer> aboutTheUnit(String question) {
        List<String> words = Folding.words(question);
        String folded = String.join(" ", words);
        // Whether it is open and how to reach it, asked of another place, are not the
        // unit's ("tem farmácia funcionando agora?").
        // Nor does a payment doubted ("se eu fizer um pix antes do feriado liberam meu
        // dinheiro, é verdade?"): the scam notice's question; nor a link that no longer
        // opens.
        boolean notTheUnits = OutOfScope.namesAnotherPlace(question) || doubtsAPayment(folded)
                || LINK_NOT_OPENING.matcher(folded).find();
        return answered((ASKS_WHERE.matcher(folded).find() ? competence(folded) : Optional.<Composed>empty())
            .or(() -> notTheUnits ? Optional.empty() : onDay(words, folded).or(() -> openNow(words))
                .or(() -> contacts(Folding.words(Passages.WITHOUT_CALLING.matcher(folded).replaceAll(" "))))));
    }

    private static Optional<Answer> answered(Optional<Composed> composed) {
        return composed.map((reply) -> new Answer(reply.text(), reply.sources(), Mode.DIRECT, Outcome.ANSWERED, null,
                Duration.ZERO, 0, 0));
    }

    /**
     * "Estou no Japão: o horário que está na pauta é o de Brasília?": the pauta's times
     * are Brasília's, as the pauta itself says.
     */
    private Optional<Composed> thePautasTime(List<String> words) {
        boolean hearings = words.contains("pauta") || words.stream().anyMatch(HEARING_WORDS::contains);
        boolean time = words.stream().anyMatch(TIME_WORDS::contains);
        boolean zone = words.contains("fuso") || words.contains("brasilia");
        if (!hearings || !time || !zone) {
            return Optional.empty();
        }
        return Optional.of(new Composed(text("assistente.vivo.pauta.fuso"), List.of(thePauta())));
    }

    /** The whole public pauta, as a source. */
    private Source thePauta() {
        return new Source(text("assistente.vivo.pauta.fonte.toda"), "/pauta");
    }

    // "A pauta" by its name or another ("a lista das audiências").
    private static boolean namesThePauta(List<String> words, String folded) {
        return words.contains("pauta") || LIST_OF_HEARINGS.matcher(folded).find();
    }

    /**
     * "Onde vejo a lista das audiências marcadas? Quero saber se a do meu processo já
     * está lá": the citizen's own hearing is found on the pauta by its case number. Not a
     * hearing cancelled or moved, nor how to join a virtual one: the FAQ answers those.
     */
    private Optional<Composed> ownHearingOnThePauta(List<String> words, String folded) {
        // The room of a hearing in person is on the pauta too: "em qual sala vai ser
        // minha audiência?"
        boolean pauta = namesThePauta(words, folded) || folded.contains("audiencias marcadas")
                || WHICH_ROOM.matcher(folded).find() || STILL_SCHEDULED.matcher(folded).find();
        boolean own = words.contains("minha") || words.contains("meu");
        if (!pauta || !own || NOT_FINDING_IT.matcher(folded).find() || READING_THE_SITE.matcher(folded).find()
                || ANOTHER_COURTS_HEARING.matcher(folded).find() || WHAT_IS.matcher(folded).find()
                || (ASKS_WHERE.matcher(folded).find() && competence(folded).isPresent())) {
            return Optional.empty();
        }
        return Optional.of(new Composed(text("assistente.vivo.pauta.sua"), List.of(thePauta())));
    }

    /**
     * "Na pauta aparece o meu nome?", "na lista de audiências do site aparece o nome das
     * pessoas?": the privacy page's sentences on the pauta (it never shows the parties'
     * names). Search put the FAQ on following a case first: the question shares its words
     * with that entry ("meu processo", "site") and the privacy page says "partes".
     */
    private Optional<Composed> namesOnThePauta(List<String> words, String folded) {
        boolean form = SHOWS.matcher(folded).find() && FORM.matcher(folded).find();
        if (!namesThePauta(words, folded) || !(form || NAMES.matcher(folded).find())
                || LINK_ASKED.matcher(folded).find()) {
            return Optional.empty();
        }
        // The pauta says so too ("O nome das partes nunca é mostrado"); it comes first
        // when the message also asks where to see the list, or what form a hearing takes
        // ("a pauta mostra se a audiência é presencial ou por vídeo?").
        Source list = thePauta();
        boolean listAsked = form || SEEING_THE_LIST.matcher(folded).find();
        return fromThePrivacyPage("pauta").map((privacy) -> new Composed(privacy.text(),
                listAsked ? Stream.concat(Stream.of(list), privacy.sources().stream()).toList()
                        : Stream.concat(privacy.sources().stream(), Stream.of(list)).toList()));
    }

    /**
     * "Quero pedir pra apagar meus dados (LGPD), com quem falo?": the encarregado's
     * contact, which the privacy page publishes. The learned model took "LGPD" for
     * another body's matter.
     */
    private Optional<Composed> personalData(String folded) {
        if (!PERSONAL_DATA.matcher(Passages.withoutBoss(folded)).find() || !DATA_REQUEST.matcher(folded).find()) {
            return Optional.empty();
        }
        String contact = this.content.unit().privacyOfficerContact();
        if (contact == null || contact.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Composed(text("assistente.vivo.dados-pessoais", contact),
                List.of(new Source(text("assistente.vivo.privacidade"), "/privacidade"))));
    }

    /**
     * "Vocês guardam o que eu escrevo aqui?", "as mensagens que eu mando nesse robô ficam
     * arquivadas?": the privacy page's sentences on the assistant (what is kept, and for
     * how long). Search did not find them: the page says "guardadas", never "salvo" or
     * "escrevo", and a staff phrasing with those words drew the privacy page for other
     * questions ("aqui é a neta dela escrevendo").
     */
    private Optional<Composed> aboutThisChat(String folded) {
        if ((!KEEPS.matcher(folded).find() || !WRITTEN_HERE.matcher(folded).find())
                && !DATA_TYPED_HERE.matcher(folded).find()) {
            return Optional.empty();
        }
        return fromThePrivacyPage("assistente");
    }

    /** The privacy page's sentences that name a subject, and the page as their source. */
    private Optional<Composed> fromThePrivacyPage(String subject) {
        return this.content.page("privacidade").flatMap((page) -> {
            String said = String.join(" ",
                    KnowledgeBase.SENTENCE_END.splitAsStream(page.bodyText().replaceAll("\\s+", " "))
                        .filter((sentence) -> Folding.fold(sentence).contains(subject))
                        .toList());
            return said.isBlank() ? Optional.empty()
                    : Optional
                        .of(new Composed(said + "\n\n" + text("assistente.base.saiba-mais") + " " + page.title() + ".",
                                List.of(new Source(page.title(), "/" + page.slug()))));
        });
    }

    /**
     * "Como confiro se esse número de processo é válido e se é mesmo do Tribunal daqui?",
     * with no number typed: the page that checks one (its digits, its court, its hearings
     * on this vara's pauta), and that the assistant checks one written here too.
     */
    private Optional<Composed> checkingANumber(String folded) {
        if (!CHECKS_A_NUMBER.matcher(folded).find() || !ABOUT_A_CASE.matcher(folded).find()
                || NOT_A_CASE_NUMBER.matcher(folded).find() || NOT_FOUND_BY_IT.matcher(folded).find()) {
            return Optional.empty();
        }
        return Optional.of(new Composed(text("assistente.vivo.conferir-numero"),
                List.of(new Source(text("menu.consulta"), "/consulta-processual"))));
    }

    /**
     * "O que é citação?", "contestação o que é", "oq significa sentença": a term the
     * service guides define in a list of terms ("**Citação**: o réu é chamado ao
     * processo."), answered with its definition and the guide. Search missed them: a
     * one-word question matches one line of a long guide, below the relevance floor, and
     * "sentença" drew the FAQ entry on "concluso para sentença".
     */
    private Optional<Composed> meaning(String folded) {
        List<String> asked = termsAsked(folded);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        List<DefinedTerm> defined = definedTerms();
        for (String term : asked) {
            for (DefinedTerm candidate : defined) {
                if (candidate.namedBy(term)) {
                    return Optional.of(new Composed(
                            candidate.name() + ": " + candidate.definition() + "\n\n"
                                    + text("assistente.base.saiba-mais") + " " + candidate.guide().title() + ".",
                            List.of(new Source(candidate.guide().title(), "/servicos/" + candidate.guide().slug()))));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The words that may be the term asked about, the likeliest first: after "o que é",
     * the whole rest, then fewer of its first words ("oq é citasão? o oficial foi na
     * minha casa antiga…": the term first, the story after it); after a story ("o oficial
     * falou que eu fui citado. citação quer dizer o que exatamente?"), the last words
     * before the question, as few as a term the guides define, but not a word a longer
     * expression ends with ("concluso pra sentença, oq significa isso?").
     */
    private static List<String> termsAsked(String folded) {
        Matcher asked = ASKS_MEANING.matcher(folded);
        if (asked.matches()) {
            if (asked.group(1) == null) {
                return List.of(asked.group(2));
            }
            List<String> words = List.of(asked.group(1).split(" "));
            return IntStream.iterate(words.size(), (to) -> to > 0, (to) -> to - 1)
                .mapToObj((to) -> String.join(" ", words.subList(0, to)))
                .toList();
        }
        Matcher after = MEANING_AFTER_A_STORY.matcher(folded);
        if (!after.find()) {
            return List.of();
        }
        List<String> words = List.of(after.group(1).split(" "));
        List<String> terms = new ArrayList<>();
        for (int from = 0; from < words.size() && (from == 0 || !JOINING.contains(words.get(from - 1))); from++) {
            terms.add(String.join(" ", words.subList(from, words.size())));
        }
        return terms;
    }

    /**
     * "Esses 15 dias contam sábado e domingo ou só dia útil?": the FAQ entry on how a
     * deadline is counted, found by its question. Search put the opening hours first: the
     * weekend is in both. The year-end recess has an entry of its own.
     */
    private Optional<Composed> countingADeadline(String folded) {
        if (!asksHowADeadlineCounts(folded) || !DAYS_COUNTED.matcher(folded).find()) {
            return Optional.empty();
        }
        return faqEntry((entry) -> asksHowADeadlineCounts(Folding.wordsText(entry.question())))
            .map((entry) -> new Composed(
                    entry.answerText().strip() + "\n\n" + text("assistente.base.saiba-mais") + " " + entry.question(),
                    List.of(source(entry))));
    }

    // A deadline and how it counts, not the year-end recess: the citizen's question and
    // the FAQ entry that answers it alike.
    private static boolean asksHowADeadlineCounts(String folded) {
        return DEADLINE.matcher(folded).find() && COUNTED.matcher(folded).find() && !RECESS.matcher(folded).find();
    }

    /** The terms the service guides define, read from the guides once per message. */
    private List<DefinedTerm> definedTerms() {
        List<DefinedTerm> terms = new ArrayList<>();
        for (ServiceGuide guide : this.content.serviceGuides()) {
            Matcher defined = DEFINED_TERM.matcher(guide.bodyHtml());
            while (defined.find()) {
                String name = Parser.unescapeEntities(defined.group(1), false);
                terms.add(new DefinedTerm(name, Folding.wordsText(name),
                        Folding.wordsText(name.replaceAll("\\(.*?\\)", " ")),
                        Parser.unescapeEntities(defined.group(2).replaceAll("<[^>]+>", ""), false).strip(), guide));
            }
        }
        return terms;
    }

    /**
     * Whether a term as typed names a defined one: the same folded words, or a long one
     * with one letter changed, added or left out ("citasão", "contestaçao").
     */
    private static boolean namedBy(String typed, String term) {
        if (typed.equals(term)) {
            return true;
        }
        if (term.length() < 6 || Math.abs(typed.length() - term.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < typed.length() && start < term.length() && typed.charAt(start) == term.charAt(start)) {
            start++;
        }
        int typedEnd = typed.length();
        int termEnd = term.length();
        while (typedEnd > start && termEnd > start && typed.charAt(typedEnd - 1) == term.charAt(termEnd - 1)) {
            typedEnd--;
            termEnd--;
        }
        return typedEnd - start <= 1 && termEnd - start <= 1;
    }

    /**
     * The competence answer alone ("not this court, go there"), for a question that is
     * also declined as legal advice.
     * @param question the citizen's message, redacted
     * @return where to go instead, or empty when the subject is not another court's
     */
    Optional<KnowledgeBase.Composed> elsewhere(String question) {
        return competence(Folding.wordsText(question))
            .map((reply) -> new KnowledgeBase.Composed(reply.text(), reply.sources()));
    }

    /**
     * The hearings of a day or a week on the public pauta ("pauta de amanhã", "audiências
     * da semana", "as sessões e julgamentos desta semana"; the list of those coming, "os
     * próximos dias", is the next seven days): how many, and the pauta filtered to those
     * days. A citizen's own hearing ("minha audiência") is found by its case number,
     * which the FAQ explains; the names on the pauta are a question for the privacy page.
     */
    private Optional<Composed> pauta(List<String> words, String folded) {
        boolean schedule = words.contains("pauta") || words.contains("audiencias") || words.contains("sessoes")
                || words.contains("julgamentos");
        if (!schedule || words.stream().anyMatch(OWN_CASE::contains) || STATUS.matcher(folded).find()
                || MEANING_ASKED.matcher(folded).find()) {
            return Optional.empty();
        }
        LocalDate today = this.clock.instant().atZone(CourtTime.ZONE).toLocalDate();
        LocalDate from;
        LocalDate to;
        String period;
        if (words.contains("hoje")) {
            from = today;
            to = today;
            period = text("assistente.vivo.pauta.hoje", DATE.format(today));
        }
        else if (words.contains("amanha")) {
            from = today.plusDays(1);
            to = from;
            period = text("assistente.vivo.pauta.amanha", DATE.format(from));
        }
        else if (words.contains("semana")) {
            // On a Saturday or a Sunday, "a semana" is the one about to begin.
            boolean next = words.contains("proxima") || folded.contains("semana que vem")
                    || today.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
            from = next ? today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : today;
            to = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            period = text("assistente.vivo.pauta.semana", DATE.format(from), DATE.format(to));
        }
        else if (folded.contains("proximos dias") || words.contains("proximas") || words.contains("lista")
                || words.contains("marcadas")) {
            // "a lista das audiências marcadas para os próximos dias": the coming week
            from = today;
            to = today.plusDays(6);
            period = text("assistente.vivo.pauta.semana", DATE.format(from), DATE.format(to));
        }
        else {
            return Optional.empty();
        }
        int count = this.content.hearings(new HearingFilter(from, to, null, null, null)).size();
        return Optional.of(new Composed(text("assistente.vivo.pauta", period, count),
                List.of(new Source(text("assistente.vivo.pauta.fonte", period), "/pauta?de=" + from + "&ate=" + to))));
    }

    // A case number copied beside a question about something else: a payment someone
    // asks for in its name ("taxa de 380 no pix pra liberar o valor do processo …, isso
    // é verdade?"), a certificate of it, whether one's name shows, larger letters: that
    // question's answer, not the number's hearings.
    private static boolean asksBesideTheNumber(String folded) {
        return doubtsAPayment(folded) || ABOUT_SOMETHING_ELSE.matcher(folded).find();
    }

    // A payment asked for and doubted: the scam notice's question.
    private static boolean doubtsAPayment(String folded) {
        return PAYMENT.matcher(folded).find() && DOUBTED.matcher(folded).find();
    }

    private Optional<Composed> caseNumber(String question, List<String> words) {
        Matcher match = CNJ.matcher(question);
        if (!match.find()) {
            return Optional.empty();
        }
        String digits = match.group().replaceAll("\\D", "");
        var parsed = CnjNumber.parse(digits);
        String typed = digits.substring(0, 7) + "-" + digits.substring(7, 9) + "." + digits.substring(9, 13) + "."
                + digits.substring(13, 14) + "." + digits.substring(14, 16) + "." + digits.substring(16);
        String lookup = "/consulta-processual?numero=" + typed;
        Source source = new Source(text("assistente.vivo.consulta", typed), lookup);
        if (!parsed.valid()) {
            return Optional.of(new Composed(text("assistente.vivo.processo-invalido", typed),
                    andHowToFindTheHearing(source, words)));
        }
        CnjNumber number = parsed.number();
        if (!number.isTjes()) {
            return Optional.of(new Composed(text("assistente.vivo.processo-outro-tribunal", typed), List.of(source)));
        }
        // The public filter never matches a sealed case: a sealed case reads exactly like
        // a number without public hearings, so the reply neither confirms nor denies it.
        List<Hearing> hearings = this.content.hearings(HearingFilter.ofCase(number.formatted()));
        ZonedDateTime now = this.clock.instant().atZone(CourtTime.ZONE);
        Optional<Hearing> next = hearings.stream()
            .filter((hearing) -> hearing.scheduledAt().isAfter(now))
            .filter((hearing) -> hearing.status() == Hearing.Status.DESIGNADA
                    || hearing.status() == Hearing.Status.REDESIGNADA)
            .findFirst();
        if (next.isPresent()) {
            Hearing hearing = next.get();
            String form = (hearing.mode() == Hearing.Mode.PRESENCIAL && hearing.room() != null)
                    ? text("audiencia.presencial-sala", hearing.room()) : text("audiencia.modo." + hearing.mode());
            form = form.substring(0, 1).toLowerCase(PT_BR) + form.substring(1);
            return Optional.of(new Composed(
                    text("assistente.vivo.audiencia", typed, day(hearing.scheduledAt()),
                            time(hearing.scheduledAt().toLocalTime()), text("audiencia.tipo." + hearing.type()), form),
                    List.of(source)));
        }
        return Optional
            .of(new Composed(text("assistente.vivo.sem-audiencia", typed), andHowToFindTheHearing(source, words)));
    }

    // Asked when its hearing is, and none can be shown (a number mistyped, or none
    // public): the FAQ entry on where one's hearing date comes from (the summons, the
    // pauta), beside the case's page.
    private List<Source> andHowToFindTheHearing(Source theCase, List<String> words) {
        List<Source> sources = new ArrayList<>(List.of(theCase));
        if (words.stream().anyMatch((word) -> word.startsWith("audien") || "aud".equals(word))) {
            faqEntry((entry) -> asksWhenOnesHearingIs(Folding.wordsText(entry.question()))).map(LiveAnswers::source)
                .ifPresent(sources::add);
        }
        return sources;
    }

    private static boolean asksWhenOnesHearingIs(String folded) {
        return folded.contains("audiencia") && (folded.contains("data") || folded.contains("quando"));
    }

    private Optional<Composed> competence(String folded) {
        String padded = ANOTHER_TOWNS_COURT.matcher(" " + folded + " ").replaceAll(" ");
        if (Folding.mentionsAny(padded, HANDLED_HERE) || Folding.mentionsAny(padded, GIVEN_HERE)
                || OWN_CASE_HERE.matcher(folded).find() || THIS_UNITS_WAY.matcher(folded).find()
                || OutOfScope.sentHere(folded)) {
            return Optional.empty();
        }
        // The most specific subject named decides: "pensão por morte do INSS" is the
        // federal court's, though "pensão" alone is the family court's.
        String court = null;
        int longest = 0;
        for (var entry : ELSEWHERE.entrySet()) {
            for (String term : entry.getValue()) {
                if (term.length() > longest && padded.contains(" " + term + " ")) {
                    court = entry.getKey();
                    longest = term.length();
                }
            }
        }
        if (court == null) {
            return Optional.empty();
        }
        Unit unit = this.content.unit();
        String where = null;
        for (String item : org.jsoup.Jsoup.parse(unit.notHandledHtml()).select("li").eachText()) {
            if (Folding.fold(item).startsWith(court)) {
                where = item;
                break;
            }
        }
        if (where == null) {
            return Optional.empty();
        }
        // The FAQ entry that asks the same ("Divórcio e pensão alimentícia são aqui?") is
        // the page that answers the citizen's very question: it comes first, the unit's
        // whole list second.
        List<Source> sources = new ArrayList<>();
        faqEntryNaming(court).ifPresent(sources::add);
        sources.add(new Source(text("assistente.vivo.a-vara"), "/a-vara"));
        return Optional.of(new Composed(text("assistente.vivo.competencia", unit.name(), where), List.copyOf(sources)));
    }

    private Optional<Source> faqEntryNaming(String court) {
        return faqEntry((entry) -> HERE_QUESTION.matcher(Folding.fold(entry.question())).find()
                && Folding.fold(entry.answerText()).contains(court))
            .map(LiveAnswers::source);
    }

    /** The first FAQ entry that matches, in the order the FAQ page shows them. */
    private Optional<FaqCategory.Entry> faqEntry(Predicate<FaqCategory.Entry> matches) {
        return this.content.faq()
            .stream()
            .flatMap((category) -> category.entries().stream())
            .filter(matches)
            .findFirst();
    }

    private static Source source(FaqCategory.Entry entry) {
        return new Source(entry.question(), "/perguntas-frequentes#" + entry.slug());
    }

    private Optional<Composed> openNow(List<String> words) {
        // "Um imóvel fechado" is not the unit closed; "como funciona isso?" asks how
        // something works, not whether the unit does.
        boolean asks = saysNotAfter(words, OPEN_WORDS, OTHER_THINGS)
                || (saysNotAfter(words, OPENS_WORDS, NOT_OPENING) && asksWhen(words));
        if (!asks || words.stream().anyMatch(NOT_THE_UNIT::contains) || opensSomethingElse(words)
                || asksOfAHoliday(words)) {
            return Optional.empty();
        }
        Unit unit = this.content.unit();
        Instant now = this.clock.instant();
        ZonedDateTime local = now.atZone(CourtTime.ZONE);
        // Channels with the same status are named together: usually all of them.
        Map<String, List<String>> byStatus = new LinkedHashMap<>();
        boolean anyChannel = false;
        boolean anyOpen = false;
        for (Channel channel : unit.channels()) {
            if (!channel.hasHours()) {
                continue;
            }
            OpeningStatus status = unit.statusOf(channel, now);
            anyChannel = true;
            anyOpen = anyOpen || status.open();
            byStatus.computeIfAbsent(status(status), (key) -> new ArrayList<>()).add(channel.name());
        }
        if (!anyChannel) {
            return Optional.empty();
        }
        var text = new StringBuilder(text("assistente.vivo.agora", day(local), time(local.toLocalTime())));
        unit.closureOn(local.toLocalDate())
            .ifPresent((closure) -> text.append(' ').append(text("assistente.vivo.sem-expediente", closure.reason())));
        byStatus
            .forEach((status, names) -> text.append(' ').append(String.join(", ", names)).append(": ").append(status));
        if (!anyOpen) {
            text.append(' ').append(text("assistente.vivo.plantao"));
        }
        return Optional.of(new Composed(text.toString(),
                List.of(new Source(text("assistente.vivo.atendimento"), "/atendimento"))));
    }

    // A word of time, other than "na hora" (at once: "eles atendem na hora?" asks whether
    // one waits, not whether the unit is open now).
    private static boolean asksWhen(List<String> words) {
        return IntStream.range(0, words.size())
            .anyMatch((i) -> WHEN_WORDS.contains(words.get(i))
                    && !(words.get(i).equals("hora") && i > 0 && words.get(i - 1).equals("na")));
    }

    // "Vai ter expediente no feriado?" asks of a holiday to come, not of now; "hoje é
    // feriado, tá aberto?" asks of today.
    private static boolean asksOfAHoliday(List<String> words) {
        return (words.contains("feriado") || words.contains("feriados")) && !words.contains("hoje")
                && !words.contains("agora");
    }

    /**
     * Whether the unit opens on a day the question names, and its hours that day: a
     * closure published for it, a day with no hours (a weekend), or each channel's hours.
     */
    private Optional<Composed> onDay(List<String> words, String folded) {
        boolean asks = words.stream().anyMatch(OPEN_WORDS::contains) || words.stream().anyMatch(OPENS_WORDS::contains)
                || words.contains("expediente");
        // The case named in a story ("…resolver umas coisas do processo") does not open;
        // a hearing, the pauta, the deadlines or a period ("entre o natal e o ano novo":
        // the recess) are asked of other pages.
        if (!asks || words.stream().anyMatch((word) -> NOT_THE_UNIT.contains(word) && !CASE.contains(word))
                || opensSomethingElse(words) || words.stream().anyMatch(NOT_A_DAY_OF_THE_UNIT::contains)) {
            return Optional.empty();
        }
        LocalDate today = this.clock.instant().atZone(CourtTime.ZONE).toLocalDate();
        Optional<LocalDate> day = dayAsked(folded, today);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = day.get();
        Unit unit = this.content.unit();
        String when = day(date.atStartOfDay(CourtTime.ZONE));
        var closure = unit.closureOn(date);
        String text;
        if (closure.isPresent()) {
            text = text("assistente.vivo.dia.fechado", when, closure.get().reason());
        }
        else {
            // A channel with no hours that day (the e-mail, a weekend) is left out.
            List<String> hours = unit.channels()
                .stream()
                .map((channel) -> Map.entry(channel.name(), hoursOn(channel, date.getDayOfWeek())))
                .filter((named) -> !named.getValue().isEmpty())
                .map((named) -> named.getKey() + ": " + named.getValue())
                .toList();
            text = hours.isEmpty() ? text("assistente.vivo.dia.sem-horario", when)
                    : text("assistente.vivo.dia.horario", when, String.join("; ", hours));
        }
        return Optional
            .of(new Composed(text, List.of(new Source(text("assistente.vivo.atendimento"), "/atendimento"))));
    }

    // The channel's intervals on that weekday ("12h às 18h"), empty when it has none.
    private static String hoursOn(Channel channel, DayOfWeek day) {
        return String.join(", ",
                channel.hoursOn(day)
                    .stream()
                    .map((interval) -> time(interval.opens()) + " às " + time(interval.closes()))
                    .toList());
    }

    // The day a question names, by its date or a holiday's name, from today on.
    private static Optional<LocalDate> dayAsked(String folded, LocalDate today) {
        Matcher named = DAY_NAMED.matcher(folded);
        if (named.find()) {
            return dayNamed(named, today);
        }
        String padded = " " + folded + " ";
        return HOLIDAYS.entrySet()
            .stream()
            .filter((holiday) -> padded.contains(" " + holiday.getKey() + " "))
            // "véspera de natal" before "natal"
            .max(Comparator.comparingInt((holiday) -> holiday.getKey().length()))
            .map((holiday) -> {
                LocalDate date = holiday.getValue().atYear(today.getYear());
                return date.isBefore(today) ? holiday.getValue().atYear(today.getYear() + 1) : date;
            });
    }

    // The next such day from today on (within a year); empty for a day that does not
    // exist ("dia 31 de abril").
    private static Optional<LocalDate> dayNamed(Matcher named, LocalDate today) {
        int dayOfMonth = Integer.parseInt(named.group(1));
        int month = (named.group(2) != null) ? MONTHS.indexOf(named.group(2)) + 1
                : (named.group(3) != null) ? Integer.parseInt(named.group(3)) : 0;
        for (int ahead = 0; ahead <= 12; ahead++) {
            LocalDate first = today.withDayOfMonth(1).plusMonths(ahead);
            if ((month == 0 || first.getMonthValue() == month) && dayOfMonth >= 1
                    && dayOfMonth <= first.lengthOfMonth()) {
                LocalDate date = first.withDayOfMonth(dayOfMonth);
                if (!date.isBefore(today)) {
                    return Optional.of(date);
                }
            }
        }
        return Optional.empty();
    }

    private String status(OpeningStatus status) {
        if (status.open()) {
            return text("assistente.vivo.aberto", time(status.until().toLocalTime()));
        }
        if (status.nextOpening() != null) {
            return text("assistente.vivo.fechado", day(status.nextOpening()), time(status.nextOpening().toLocalTime()));
        }
        return text("assistente.vivo.fechado-sem-data");
    }

    // "Quando abre a matrícula?", "que horas fecha o banco?": what opens is named, and it
    // is not this unit; named before the verb ("quando a moto funciona"; "a justiça abre
    // amanhã?" is the unit) or pointed at after it ("como é que funciona isso aí?").
    private static boolean opensSomethingElse(List<String> words) {
        return IntStream.range(0, words.size())
            .anyMatch((i) -> OPENS_WORDS.contains(words.get(i)) && (namesAnotherOwner(words, i, ARTICLES)
                    || (i >= 2 && ARTICLES.contains(words.get(i - 2)) && !OWN.contains(words.get(i - 1))
                            && !words.get(i - 1).equals("justica"))
                    || (i + 1 < words.size() && POINTED_AT.contains(words.get(i + 1)))));
    }

    /**
     * Whether a word that asks for a contact is close to a contact word: "qual o
     * telefone", "tem whatsapp?", "o número do zap de vocês". In a story the two may both
     * be there and ask nothing ("minha avó, que tem 86 anos, recebeu uma cobrança por
     * telefone"; "o inquilino nem atende mais o telefone").
     */
    private static boolean asksNear(List<String> words) {
        return IntStream.range(0, words.size())
            .filter((i) -> CONTACT_WORDS.contains(words.get(i)))
            .anyMatch(
                    (i) -> IntStream.rangeClosed(Math.max(0, i - ASK_BEFORE), Math.min(words.size() - 1, i + ASK_AFTER))
                        .anyMatch((j) -> CONTACT_ASKS.contains(words.get(j))));
    }

    // A contact word whose owner, when the message names one, is this unit.
    private static boolean namesOwnContact(List<String> words) {
        return IntStream.range(0, words.size())
            .anyMatch((i) -> CONTACT_WORDS.contains(words.get(i)) && !namesAnotherOwner(words, i, OF));
    }

    // Whether the words hold one of the said words, other than right after one of the
    // others, linking words between ("como que funciona" is "como funciona", "a carga já
    // tá fechada" is a closed load).
    private static boolean saysNotAfter(List<String> words, Set<String> said, Set<String> notAfter) {
        return IntStream.range(0, words.size())
            .anyMatch((i) -> said.contains(words.get(i)) && !after(words, i, notAfter));
    }

    private static boolean after(List<String> words, int index, Set<String> before) {
        int i = index - 1;
        while (i > 0 && LINKING.contains(words.get(i))) {
            i--;
        }
        return i >= 0 && before.contains(words.get(i));
    }

    /**
     * Whether every time the message says the word it is someone else's ("o telefone do
     * motorista", "o WhatsApp da loja"): the unit's fact on it is not what is asked.
     * @param words the message's words, folded
     * @param word one word
     * @return true when the word is there and always another owner's
     */
    static boolean onlyAnotherOwners(List<String> words, String word) {
        List<Integer> at = IntStream.range(0, words.size()).filter((i) -> words.get(i).equals(word)).boxed().toList();
        return !at.isEmpty() && at.stream().allMatch((i) -> namesAnotherOwner(words, i, OF));
    }

    // The word at the index is followed by a linking word and an owner that is not this
    // unit ("telefone da SUSEP", "abre a matrícula").
    private static boolean namesAnotherOwner(List<String> words, int index, Set<String> linking) {
        return index + 2 < words.size() && linking.contains(words.get(index + 1))
                && !OWN.contains(words.get(index + 2));
    }

    private Optional<Composed> contacts(List<String> words) {
        // "Qual o WhatsApp?" asks for the contact; "posso mandar documentos pelo
        // WhatsApp?"
        // and "a vara cobra por WhatsApp?" ask about something else, which the site
        // answers. The unit's own name does not make a message longer: "telefone da 2ª
        // vara cível de Cariacica" is "telefone da vara".
        long length = words.stream().filter((word) -> !UNIT_NAME.contains(word)).count();
        String message = String.join(" ", words);
        boolean asksWhere = WHERE_IT_IS.matcher(message).find();
        boolean asksForIt = asksWhere || length <= SHORT_QUESTION || asksNear(words);
        if (!asksForIt || !(asksWhere || namesOwnContact(words)) || words.contains("defensoria")
                || words.contains("plantao") || words.contains("ouvidoria")
                || (words.stream().anyMatch(SENDING::contains) && !MESSAGING.matcher(message).find())
                || words.stream().anyMatch(CHANGED::contains) || FREE_HELP.matcher(message).find()
                || COMPLAINT.matcher(message).find()
                || (NOT_REACHED.matcher(message).find() && !ANOTHER_WAY_IN.matcher(message).find())
                || doubtsAPayment(message) || OWN_CONTACT_CHANGED.matcher(message).find()
                || GIVING_OWN_CONTACT.matcher(message).find() || CALLING_THE_JUDGE.matcher(message).find()
                || A_PHONES_USE.matcher(message).find()) {
            return Optional.empty();
        }
        Unit unit = this.content.unit();
        List<Channel> asked = unit.channels()
            .stream()
            .filter((channel) -> (asksWhere && channel.kind() == Channel.Kind.BALCAO_PRESENCIAL)
                    || CONTACTS.getOrDefault(channel.kind().name(), Set.of()).stream().anyMatch(words::contains))
            .toList();
        List<Channel> shown = asked.isEmpty() ? unit.channels() : asked;
        var text = new StringBuilder();
        for (Channel channel : shown) {
            text.append((text.length() > 0) ? " " : "").append(channel.name()).append(": ").append(channel.contact());
            text.append(channel.contact().endsWith(".") ? "" : ".");
        }
        var channels = new Source(text("assistente.vivo.atendimento"), "/atendimento");
        boolean wherePlace = asked.stream().anyMatch((channel) -> channel.kind() == Channel.Kind.BALCAO_PRESENCIAL);
        if (!asked.isEmpty() && !wherePlace) {
            return Optional.of(new Composed(text.toString(), List.of(channels)));
        }
        text.append(' ').append(text("assistente.vivo.endereco", unit.address().oneLine()));
        // The address is published on the unit's page: first when it is what was asked.
        var place = new Source(text("assistente.vivo.a-vara.endereco"), "/a-vara");
        return Optional
            .of(new Composed(text.toString(), wherePlace ? List.of(place, channels) : List.of(channels, place)));
    }

    private static String day(ZonedDateTime when) {
        return when.getDayOfWeek().getDisplayName(TextStyle.FULL, PT_BR) + ", " + DATE.format(when);
    }

    private static String time(LocalTime time) {
        return (time.getMinute() == 0) ? time.getHour() + "h"
                : String.format("%dh%02d", time.getHour(), time.getMinute());
    }

    private String text(String key, Object... arguments) {
        return this.messages.getMessage(key, arguments, PT_BR);
    }

    /**
     * Subjects of other courts, by how the unit's list names the court (folded start of
     * its item).
     */
    private static Map<String, List<String>> competence() {
        Map<String, List<String>> elsewhere = new LinkedHashMap<>();
        elsewhere.put("vara de familia",
                List.of("divorcio", "divorciar", "divorcia", "separacao", "separar", "pensao alimenticia", "pensao",
                        "alimentos", "guarda do filho", "guarda dos filhos", "guarda da crianca",
                        "guarda compartilhada", "paternidade", "uniao estavel"));
        elsewhere.put("justica federal",
                List.of("inss", "pensao por morte", "aposentadoria", "aposentar", "auxilio doenca", "bpc", "loas",
                        "caixa economica", "contra a caixa", "cef", "uniao federal", "fgts", "receita federal"));
        elsewhere.put("vara da fazenda publica",
                List.of("municipio", "prefeitura", "contra o estado", "governo do estado", "detran", "iptu"));
        elsewhere.put("juizado especial", List.of("pequenas causas", "juizado", "juizado especial"));
        elsewhere.put("vara de orfaos", List.of("inventario", "heranca", "partilha", "testamento", "espolio",
                "de quem faleceu", "bens do falecido", "bens da falecida"));
        elsewhere.put("vara da infancia", List.of("adocao", "adotar", "conselho tutelar"));
        elsewhere.put("justica do trabalho",
                List.of("trabalhista", "patrao", "carteira assinada", "rescisao", "demitido", "demissao",
                        "horas extras", "hora extra", "ex funcionario", "ex funcionaria", "ex empregado",
                        "ex empregada", "mandado embora", "mandada embora", "mandaram embora", "o acerto",
                        "sindicato"));
        elsewhere.put("delegacia", List.of("boletim de ocorrencia", "registrar ocorrencia", "fui roubado",
                "fui roubada", "furto", "crime"));
        return elsewhere;
    }

    /** The text of a live answer and its sources. */
    private record Composed(String text, List<Source> sources) {
    }

    /**
     * A term a guide defines: its name, folded with and without what it has in
     * parentheses, its definition and its guide.
     */
    private record DefinedTerm(String name, String folded, String foldedWithoutAside, String definition,
            ServiceGuide guide) {

        boolean namedBy(String typed) {
            return LiveAnswers.namedBy(typed, this.folded) || LiveAnswers.namedBy(typed, this.foldedWithoutAside);
        }

    }

}
