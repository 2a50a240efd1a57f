package br.jus.tjes.cariacica.assistant;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions the court's site cannot be about get "not found" before any search, while the
 * court's own questions that mention the same topics (the rain, a football club, another
 * town) are left to the assistant.
 */
class OutOfScopeTests {

    @ParameterizedTest
    @ValueSource(strings = { "Qual a previsão do tempo pra amanhã em Vitória?", "vai chover hoje?",
            "tenho que mandar a pauta da reunião pro pessoal da equipe, como eu monto?",
            "o que quer dizer o cadeadinho do lado do endereço do site? todo site com cadeado é seguro?",
            "como eu reclamo no sac da vivo? já liguei três vezes",
            "mandei sem querer a foto da intimação no grupo, como apago a mensagem pra todo mundo no whatsapp?",
            "o email da secretaria veio com anexo mas meu cel diz memoria cheia, como libero espaço?",
            "panela elétrica de arroz vale a pena?", "2a via certidao nascimento cartorio qto custa",
            "procon cariacica horario endereço", "o hospital de vitória funciona no sábado?",
            "olhando a pauta da minha audiência lembrei: como funciona a tal lâmpada de lava?",
            "Quanto está rendendo a poupança este mês?", "como funciona o Fies pra faculdade particular?",
            "me ajuda a montar um pc gamer até 3 mil reais",
            "escreve uma mensagem educada pro meu inquilino lembrando que o aluguel vence dia 10",
            "oxe, moqueca capixaba leva dendê ou não leva?", "Esse ano vai ter horário de verão?",
            "qual igreja tem missa com intérprete de libras no domingo?",
            "Como falo com o promotor do Ministério Público sobre as calçadas sem rampa?",
            "como marco atendimento na promotoria do idoso do ministerio publico",
            "Qual o prazo pra recorrer de um auto de infração da vigilância sanitária no meu restaurante?",
            "o ônibus da justiça itinerante vai passar no meu bairro esse mês?",
            "Como consulto a posição do precatório que o Estado deve ao meu pai na fila?",
            "Quem ganhou o jogo do Flamengo ontem?", "quem ganhou o brasileirão?", "Me indica uma receita de bolo",
            "Qual é a capital da França?", "quanto é 25 vezes 4?", "Qual o resultado da mega-sena?",
            "Como faço pra renovar minha CNH?", "como tiro a segunda via do RG?", "me recomenda um filme",
            "Me conta uma piada", "você é um robô?", "qual é o seu nome?", "Qual o telefone do fórum de Vila Velha?",
            "qual o telefone da 1ª vara cível? vocês sabem?",
            "me ajuda a escrever uma msg educada no zap cobrando o cliente q me deve? n quero brigar com ele",
            "qual o peso e a pressao certa da bola oficial de futebol de campo",
            "tenho outra audiência no juizado de Rondonópolis, do tribunal do Mato Grosso, qual é o link da sala deles?",
            "escreve-se \"a audiência será às 14h\" com crase ou sem crase?",
            "Poderiam mandar um carro do fórum me buscar em Itacibá no dia da audiência?",
            "tô morta de sono, 3h da manhã e ainda faltam 4h de plantão. me conta alguma coisa pra eu não dormir",
            "Bom dia, minha jovem! Antes de mais nada, como tem passado? Teve um bom fim de semana?",
            "esqueci meu casaco no banco de espera do forum de vila velha ontem, la tem achados e perdidos?",
            "onde fica a prefeitura da Serra?", "qual o horário da 1ª vara cível?", "que horas abre o banco?",
            "a farmácia está aberta?", "qual o telefone do INSS?", "onde fica o detran?", "quanto ganha um juiz?",
            "como faço pra ser juiz?", "quem é o prefeito de Cariacica?", "como declarar imposto de renda?",
            "qual a cotação do dólar hoje?", "que dia é hoje?", "quem vai ganhar a eleição?",
            "Como tiro a segunda via da minha certidão de nascimento?", "onde peço a certidão de casamento?",
            "quanto custa a passagem do Transcol até Vitória?", "Onde fica a Vara do Trabalho de Cariacica?",
            "qual o telefone da justiça trabalhista?", "onde fica a agência do INSS mais perto?",
            "qual o número do disque denúncia?", "quanto o cartório cobra para reconhecer firma?",
            "quando sai o próximo concurso do Tribunal de Justiça?",
            "tem concurso aberto pro tribunal de justiça do ES? quando sai o edital?",
            "me escreve um poema sobre o juiz da vara", "faz uma paródia sobre o fórum pra festa",
            "meu recurso subiu pro STJ, como acompanho o andamento lá?", "qual o telefone do STF?",
            "O CRAS de Cariacica atende em que horário?", "o que é uma audiência de custódia?",
            "tem mandado de prisão no meu nome?", "qual o prazo pra recorrer da multa na JARI?",
            "como denuncio na OAB um advogado que sumiu com meu dinheiro?",
            "traduz pro espanhol essa frase da intimação", "quem construiu o Convento da Penha?",
            "qual escola de samba vc acha que vai ganhar o carnaval esse ano?",
            "quanto custa uma câmara de arbitragem particular?", "posso sacar o fgts pra comprar apartamento?",
            "que horas a maré fica baixa amanhã?", "como rastreio uma encomenda dos Correios que ta parada faz 10 dias",
            "qual a porcentagem q a 99 fica de cada corrida do motorista hj em dia?",
            "qual site bom pra assistir anime de graça sem anuncio?",
            "Como faço uma denúncia no Tribunal de Contas sobre uma obra parada no meu bairro?",
            "A operadora me cobra um pacote que eu nunca contratei. Como registro reclamação na Anatel?",
            "Levei uma multa do Ibama por uma árvore que cortei no quintal, como recorro?",
            "a prefeitura ta demorando pra dar o habite-se da minha casa, quanto tempo leva?",
            "o que acontece se eu aceitar a transação penal que o promotor ofereceu?",
            "meu irmão é PM e responde processo na justiça militar, como funciona lá?",
            "quanto custa fazer uma procuração no cartório de notas pro meu filho vender o carro?",
            "a reserva biológica de duas bocas abre pra visita no domingo?",
            "Como se pede a homologação de uma sentença estrangeira de divórcio no STJ?",
            "me passa uma fórmula de excel pra calcular aluguel atrasado com multa",
            "estagiário tem direito a quantos dias de recesso remunerado por ano?",
            "como aumento a letra do whatsapp no celular da minha mãe?",
            "pra abrir conta digital no nubank precisa de comprovante de renda?",
            "como configuro o pix automático pra cobrar a mensalidade das clientes do salão?",
            "quantos dias eu tenho pra depositar um cheque depois da data escrita nele?",
            "Quais documentos a lei exige para uma pequena empresa pedir recuperação judicial?",
            "Bom dia meus queridos, hoje faço 80 anos! Vocês me dão os parabéns?",
            "sonhei com cobra a noite inteira depois que chegou a carta do fórum, é mau sinal?",
            "Que documentos o tabelionato pede pra fazer inventário extrajudicial?",
            "qual o numero da ouvidoria da TIM? o SAC me deixou 1h na espera",
            "Como funciona um consórcio de imóvel? como é o sorteio e o lance?",
            "O apartamento era financiado pela Caixa. Como aciona o seguro habitacional pra quitar o saldo?",
            "da pra entrar com meu cachorrinho no forum? nao tenho com quem deixar ele",
            "tem tomada em algum lugar do forum pra carregar o celular?", "tem xerox perto do forum?",
            "Qual aplicativo vocês recomendam pra controlar a agenda de prazos de um escritório pequeno?",
            "Qual é o número da Ouvidoria do SUS pra reclamar do atendimento no pronto-socorro?",
            "preciso traduzir meus documentos com tradutor juramentado, onde acho?", "consulado do Haiti fica onde?",
            "apostila de haia faz onde?", "que hora é agora em Porto Príncipe, Haiti?",
            "Quanto tempo demora pra cicatrizar um corte com 6 pontos?",
            "Como cadastrar a Secretaria de Assistência Social no Malote Digital pra receber os expedientes?",
            "Posso mandar uma denúncia direto para a Corte Interamericana de Direitos Humanos?",
            "dicas pra conseguir dormir de dia depois de virar a noite no plantao",
            "A colação de grau foi cancelada. Como solicito à secretaria da universidade uma colação em gabinete?",
            "vale a pena fazer harmonizacao em clinica popular ou é melhor pagar mais caro?",
            "Depositei um pedido de patente no INPI há quatro anos e ainda não houve exame. Esse prazo é normal?",
            "como funciona o chargeback do cartão de crédito?", "conversa comigo um pouco, tô sem sono",
            "qto custa implante capilar de 3 mil fios? da pra parcelar em 12x?",
            "como peço cópia do prontuario no hosp. particular q me atendeu dps do acidente?",
            "O MOUSE SEM FIO PAROU BEM NA HORA Q EU IA MANDAR O EMAIL PRA VARA!!! ja troquei a pilha, o que eu faco???" })
    void whatTheSiteCannotBeAboutIsOutOfScope(String question) {
        assertThat(OutOfScope.isOutOfScope(question)).as(question).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "A audiência é cancelada se chover muito?",
            "Me machuquei no jogo do clube, posso processar?", "Por quanto tempo vocês guardam as conversas?",
            "Quanto tempo demora para a certidão ficar pronta?", "Moro em Vila Velha, posso fazer a audiência virtual?",
            "A vara está aberta agora?", "Qual o telefone da vara?", "Como tiro a certidão de distribuição?",
            "Quero processar o INSS. É aqui?", "tem como aumentar a letra do site?", "bom dia",
            "Preciso levar RG na audiência?", "Meu processo contra o banco está parado, qual o telefone da vara?",
            "A vara abre hoje?", "qual o telefone da defensoria?", "o juizado é aqui?",
            "o juizado funciona nesse fórum?", "o banco fecha acordo na conciliação?",
            "o banco abre processo contra mim?", "preciso de uma certidão para o concurso, como peço?",
            "a defensoria atende em Vitória?", "Preciso levar certidão de nascimento do meu filho na audiência?",
            "meu caso é na vara do trabalho ou aqui?", "preciso escrever uma carta pro juiz, como faço?",
            "devo recorrer ao STJ da sentença que perdi?", "estou no hospital, o fórum funciona no sábado?",
            "o banco abre processo contra quem atrasa?", "meu advogado é da OAB? como confiro?",
            "escreve uma carta pro juiz pedindo mais prazo, pode?",
            "Paz do Senhor. Ele paga remédio e não tem condição de pagar adivogado. Onde consegue alguém de graça?",
            "recebi pelos correios um papel dizendo que tenho que comparecer, o que é isso?",
            "a loja não entregou minha encomenda, posso processar?",
            "o vizinho invadiu um metro do meu terreno, como entro com reintegração de posse?",
            "o cartório da vara cobra quanto pela certidão?", "como aumento a letra do site no celular?",
            "preciso abrir conta no banco pra receber o dinheiro do processo?",
            "o cheque que recebi voltou sem fundo, posso cobrar aqui?",
            "Tenho chance de ganhar contra o plano de saúde que negou minha cirurgia?",
            "preciso levar xerox dos documentos na audiência?", "o cachorro do vizinho me mordeu, posso processar?",
            "tem estacionamento no fórum?",
            "o consulado me pediu um papel oficial do fórum que resume do que trata meu processo, onde peço?",
            "o prédio de vocês tem elevador pra cadeirante?",
            "vou numa reunião pra fazer as pazes com a outra parte, o que levo?",
            "o juiz mandou penhorar minhas joias de ouro, o que acontece agora?",
            "Não é sobre o processo em si, é sobre o jeito que fomos tratadas no balcão. Onde reclamo?",
            "qual o endereco certinho do forum onde fica essa vara? vou sair de serra de carro e nunca fui em cariacica",
            "meu processo é da comarca de Cariacica, qual o endereço do fórum?",
            "to fazendo meu tcc, no proc civil os prazos contam dias corridos ou só dias uteis? e o 1º dia conta?",
            "onde eu vejo o dia e a ora da minha audiensia contra o dentista?",
            "a secretaria da vara atende sem agendamento?",
            "no processo q abri contra a cliente do chargeback apareceu citacao, o que e isso",
            "a loja copiou minha marca registrada no INPI, posso processar aqui?",
            "o juiz conversa comigo antes da audiência de conciliação?",
            "O site possui atalhos de teclado para ir direto ao conteúdo? Navego sem mouse.",
            "no site do INSS uso o leitor de tela; o site de vocês funciona com ele?",
            "o telefone do banco não atende nunca, qual o telefone da vara?",
            "a pauta de audiências da semana já saiu?",
            "qual o zap da vara? o sac da operadora me passou um protocolo e eu quero confirmar com vcs",
            "p falar c o cartorio por video precisa agendar antes? tipo o sac da claro",
            "processar a loja que me vendeu a panela elétrica com defeito vale a pena?",
            "meu pai está internado num hospital particular em Vitória e o plano negou a cirurgia urgente. a vara "
                    + "funciona no fim de semana?",
            "recebi a citação dia 19/12, prazo corre no fim de ano? a oficina fecha e eu viajo",
            "Prezados, eu buscava a 1ª Vara Cível e acabei neste portal. Que tipos de ação são julgados pela 2ª Vara "
                    + "Cível?",
            "hj e sabado e tenho uma urgencia, o forum de vitoria ta fechado e achei esse site. tem plantao? pra onde "
                    + "eu vou",
            "liguei na 1a vara civel e diserão q meu processo ta na 2a, qual o telefoni de voces?",
            "Fui no fórum de Vila Velha porque moro lá, mas me disseram que tinha que pedir em outro lugar, aí "
                    + "pesquisei e achei esse site aqui de Cariacica. Essa certidão eu consigo tirar por aqui?",
            "da pra falar com alguem da secretaria por video? queria confirmar se meu processo ta ai ou na 1 vara",
            "O advogado do meu processo na Vara de Família de Vila Velha disse que no fim do ano tudo para. Nesta "
                    + "vara, os prazos também ficam suspensos nesse período?",
            "A 1ª Vara Cível me informou que a certidão de objeto e pé deve ser solicitada aqui. Como faço o pedido?",
            "minha açao tava na 1ª vara e foi mandada pra cá, como eu acompanho agora?",
            "ouvi dizer que vai ter mutirao de acordo pra processo de divida com banco, e ai na vara ou no cejusc de "
                    + "vitoria? como sei se o meu entra",
            "preciso de copia da sentença do processo do meu pai que ta ai na vara. no cartorio de notas falaram que "
                    + "la nao faz isso. essa copia oficial eu peço onde?",
            "depois q o prosesso chegou da primeira vara apareceu escrito concluso pra decisao, oq isso quer dize?",
            "Meu processo contra uma loja foi redistribuído da 1ª vara cível pra 2ª faz uns oito meses. Desde que "
                    + "chegou não aconteceu nada. A quem eu posso recorrer pra ver isso?",
            "to no forum de vila velha. onde vejo a data da minha audiencia ai?",
            "vcs guardam oq eu escrevo aqui no chat? por qto tempo fica salvo? pq eu já contei umas coisas minhas kkk",
            "digitei o numero do processo do banco na consulta do pje e nao aparece nada. sera que digitei errado ou "
                    + "ele esta escondido?",
            "Recebi uma carta dizendo que foi designada audiência de conciliação. Como se desenrola essa audiência e o que "
                    + "devo levar comigo?",
            "A padaria abre de segunda a sábado. O advogado falou que eu tenho 15 dias pra apresentar a defesa. Sábado, "
                    + "domingo e feriado entram nessa conta dos 15 dias?",
            "onde eu acho o número do precesso o papel que o ofiçal de justissa me entregou molhou na chuva dentro do "
                    + "ônibus" })
    void theCourtsOwnQuestionsAreNotOutOfScope(String question) {
        assertThat(OutOfScope.isOutOfScope(question)).as(question).isFalse();
    }

    @Test
    void adviceOnACaseAnotherCourtHoldsIsDeclinedNotOutOfScope() {
        for (String advice : List.of("perdi na 1ª vara, recorro ou não?",
                "meu primo que trabalha no fórum de Vila Velha disse que depende. No meu caso eu tenho que sair mesmo "
                        + "ou dá pra ficar? O que eu faço agora?")) {
            assertThat(OutOfScope.isOutOfScope(advice)).as(advice).isFalse();
            assertThat(LegalAdvice.isAdvice(advice)).as(advice).isTrue();
        }
        // Another office's fine is that office's, advice or not; a question that is not
        // advice stays about the other court.
        assertThat(OutOfScope.isOutOfScope("devo recorrer da multa do detran de vitoria?")).isTrue();
        assertThat(OutOfScope.isOutOfScope("qual o telefone da 1ª vara? perdi o prazo de recorrer")).isTrue();
        assertThat(
                OutOfScope.isOutOfScope("vcs sabem o telefone do forum da serra? acho que meu processo e la e nao ai"))
            .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Minha mãe precisa fazer a prova de vida do benefício, como faz sem sair de casa?",
            "como bloqueio essas ligações de telemarketing no telefone fixo da minha mãe?",
            // the court disclaimed, and named nowhere else
            "tá, esquece o fórum. Me explica o que é esse tal de metaverso que todo mundo fala?",
            "ja falei q nao é de processo, o que é esse tal de efeito mandela q meu filho fica falando?" })
    void aPensionsProofOfLifeAndTelemarketingCallsAreOutsideWhateverElseIsAsked(String question) {
        assertThat(OutOfScope.isOutsideWhateverItAsks(question)).isTrue();
        assertThat(OutOfScope.isOutOfScope(question)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "apareceu cupim no madeiramento do telhado, qual veneno resolve?",
            "qual o jeito certo de lavar a caixa d'água antes do inquilino mudar?", "como desentupir pia da cozinha",
            "qual a melhor bicicleta aro 20 pra um menino de 8 anos?", "qual moto usada é melhor pra entregador?",
            "qual bag térmica é melhor pra entrega de pizza?",
            "me ajuda a montar uma planilha simples dos meus gastos do mês?",
            "vale a pena comprar um freezer horizontal ou vertical pra sorveteria?",
            "que cor de parede fica bom com piso bege na cozinha?", "como montar guarda roupa de 6 portas sozinha?",
            "o que eu preciso conferir na vistoria do apartamento novo antes de pegar as chaves?",
            "qual produto de limpeza tira o limo do rejunte?", "posso lavar o banheiro com água sanitária pura?",
            "como preencho a folha da empregada no eSocial?", "meu bebê de 6 meses já pode comer fruta amassada?",
            "leite materno dura quanto tempo fora da geladeira?", "quanto custa mandar um sedex pra Bahia?",
            "como formatar as referências na norma da abnt?", "preciso renegociar o fies, onde faço?",
            "me passa a letra daquela música do Roberto Carlos?", "quanto custa envelopar um carro inteiro?",
            "o sebrae ajuda a montar o plano de negócio da minha loja?",
            "vale mais a pena abrir uma loja no centro ou no bairro?", "qual a profundidade certa da piscina infantil?",
            "quero parar de fumar, tem algum remédio?",
            "me ajuda a escrever uma mensagem de pêsames pra minha vizinha?",
            "como organizar minhas contas pra sobrar dinheiro?", "o banco troca nota rasgada?",
            "vcs indicam alguma empresa boa pra consertar portão?", "vale a pena instalar camera na frente de casa?",
            "minha mãe tem alzheimer e não dorme de noite, o que eu faço?",
            "que palavras eu uso pra consolar uma pessoa de luto?", "de quanto em quanto tempo afere o tacógrafo?",
            "como vejo pelo chassi se a moto é roubada?", "o que dar pra bebê com cólica?",
            "como fazer as pazes com minha esposa depois de uma briga?", "vale a pena botar placa solar no telhado?",
            "como encontro um primo que mudou pro Rio faz 30 anos?",
            "como lidar com a tristeza depois que minha mãe morreu?", "quanto a caixa paga pra penhorar joias de ouro?",
            "revender avon dá lucro?", "tem simpatia pra arrumar emprego?",
            "me ensina um exercício de respiração pra crise de ansiedade", "como sei se a nota de 50 é falsa?" })
    void lookingAfterAHouseAndWhatToBuyAreOutOfScope(String question) {
        assertThat(OutOfScope.isOutOfScope(question)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "onde vacino meu cachorro?", "onde tomo vacina da gripe?", "como consigo remédio no SUS?",
            "minha mão formiga de tanto digitar, será que é túnel do carpo?",
            "comprei um oximetro de dedo e deu 94, a saturaçao de 94 ta boa ou ruim?", "preciso marcar médico",
            "como agendo exame de vista no detran?", "como renovo a habilitação?", "quanto é o IPVA do meu carro?",
            "como pago a conta de luz atrasada?", "cortaram minha água, o que faço?", "vai fazer sol no fim de semana?",
            "quem é o melhor jogador de tênis?", "vc é robô?", "vc é uma pessoa de verdade ou uma máquina?",
            "quem te criou?", "meu cachorro fugiu, o que faço?", "qual a melhor pizzaria de cariacica?",
            "como abro uma empresa?", "quem ganhou o jogo ontem?", "como vai você?", "quem te programou?",
            "onde fica o cartório de registro civil?", "que horas abre a academia?", "a lotérica tá aberta hoje?",
            "qual o horário de visita do hospital?", "onde fica a igreja matriz?", "qual o endereço do cinema?",
            "quanto está o salário mínimo em 2026?", "qual o preço da gasolina hoje?",
            "quais os melhores restaurantes do centro?", "onde tem praia boa perto de Cariacica?",
            "me indica uns bares em Campo Grande", "qual pomada resolve micose na unha?",
            "o que eu coloco na mala pra uma viagem de 5 dias?",
            "quem fica de acompanhante no hospital pode dormir lá?",
            "como troco o nome que aparece pra todo mundo no zoom?",
            "onde compro polvilho e farinha de mandioca aqui em Lisboa?",
            "quanto tá pagando o quilo da latinha no ferro velho?",
            "tô ansiosa com a audiência de amanhã, me recomenda um filme leve?", "como o papa é escolhido?",
            "como faço o inventário do estoque da loja?", "meu certificado digital A1 venceu, como renovo?",
            "como vejo se a nota fiscal do fornecedor é verdadeira?", "como ponho minha loja no google maps?",
            "valeu, bom fim de semana!", "obrigada e bom feriado pra vocês",
            "qual o prazo pra impetrar mandado de segurança no tribunal superior?", "quando é o dia dos pais esse ano?",
            "azeite extra virgem é melhor pra salada?",
            "como guardo umas certidões antigas e fotos da família pra não amarelar?",
            "a empresa consegue financiamento pelo BNDES pra comprar caminhão?", "como entro no programa Desenrola?",
            "como tiro print no computador?", "por que Vitória tem esse nome?", "o que é fotossíntese?",
            "lâmpada de led compensa mais que a fluorescente?",
            "tô no banheiro do fórum, como passo delineador sem borrar?", "o que é laudêmio na venda de imóvel?",
            "como escaneio um papel pelo celular?", "como paro de procrastinar?",
            "a atendente da padaria foi um amor, tem formulário de elogio pros funcionários?",
            "manda um email pro meu chefe dizendo que vou faltar", "faz uma figurinha com essa foto",
            "liga pro meu advogado e pede pra ele me ligar", "onde compro harina pra fazer arepa?",
            "minha pressão baixou aqui na fila, o que eu tomo?", "qual o salário de um juiz substituto?",
            "como peço aumento pro meu chefe?", "o que é inteligência emocional?", "terapia de casal funciona?",
            "como me aproximo do meu filho adolescente?", "como funciona o programa de pontos do cartão?",
            "dá pra descobrir o telefone de alguém só pelo endereço?", "como funciona o chargeback do cartão?",
            "como troco um tênis que veio numero errado?", "qual rastreador veicular é melhor pra moto?",
            "qual capacete com viseira escura vale mais a pena?", "martelinho de ouro tira amassado do para-choque?",
            "meu neto de 6 anos voltou a fazer xixi na cama, não sei mais o que fazer, é normal?",
            "o que coloco numa mochila de emergência pra sair de casa com criança?",
            "vi o aviso do golpe da vara, como denuncio esse número como spam no whatsapp?",
            "no feriado só funciona o plantão judiciário; e farmácia de plantão, qual fica aberta?",
            "como eu crio um blog de graça pra contar a saga do meu processo?",
            "conjuntivite pega pelo ar? tenho audiência semana que vem",
            "posso renovar minha carteira de motorista no balcão do fórum?",
            "vale a pena assinar o jusbrasil p/ receber as movimentações do processo no cel?",
            "como formata o notebook e apaga td? vou devolver pro meu ex",
            "enquanto espero o processo sair do concluso comprei uma impressora 3d, como nivelo a mesa?",
            "sabonete artesanal c/ glicerina, qnto tempo p/ endurecer na forma?",
            "vale mais a pena tv led ou oled pra sala pequena",
            "meu pai faleceu e deixou seguro de vida, a seguradora pede quais documentos pra pagar?",
            "o devedor me pagou com moedas comemorativas das olimpíadas, quanto vale a de 1 real?",
            "os Correios tem aquele serviço de mandar as cartas do endereço velho pro novo?",
            "O que é inteligência artificial? Explique de forma simples.", "quais são as cores primárias?",
            "minha vó vive repassando corrente no zap, como provo pra ela que é fake news?",
            "onde vejo no site da sefaz qto to devendo de divida ativa do estado e tiro o boleto?",
            "to com uma dor nas costa do lado direito que vai pra barriga, sera que é pedra no rim?",
            "vou ter que ir pro fórum de Cariacica, vocês conhecem alguma pousada ou hotel baratinho perto do fórum?",
            "o que pretendia dizer Sócrates com a frase só sei que nada sei?",
            "oque quer dizer a expreção em latim alea jacta est que o meu neto falou?",
            "como consigo licensa do ofice de graça pra ong?",
            "O que é o equinócio e em que datas ele costuma ocorrer?",
            "O que é gordura trans e por que ela faz mal à saúde?",
            "cai num buraco e a roda de liga leve entortou, da pra desentortar ou tem q compra outra?",
            "pisca da moto parou de piscar, fica so aceso direto, oq pode ser? rele?",
            "O que é o fundo partidário e de que forma ele é distribuído entre os partidos?",
            "como funciona esse voto distrital que tao falando, e melhor que o sistema de hoje?",
            "oq fazer p n enjoar lendo no busao? to indo embora agr",
            "dá pra tirar foto 3x4 em casa com o celular ou tem que ir no estúdio mesmo?",
            "Poderiam informar o endereço eletrônico do Tribunal de Justiça da Bahia para consulta de processos da "
                    + "comarca de Teixeira de Freitas?" })
    void healthVehiclesBillsWeatherSportAndChitChatAreOutOfScope(String question) {
        assertThat(OutOfScope.isOutOfScope(question)).as(question).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "quero processar o detran, é aí?", "a empresa de luz me cobrou errado, posso processar?",
            "o hospital errou minha cirurgia, a ação é nessa vara?",
            "tomei uma multa de trânsito injusta, a vara julga?", "a audiência cai no feriado de carnaval?",
            "o cachorro do vizinho me mordeu, posso processar?", "quero abrir um processo contra uma empresa",
            "onde fica o cartório da vara?", "qual o horário de atendimento da vara?",
            "qual o telefone do balcão virtual?", "até quantos salários mínimos vale a pequenas causas?",
            "o valor da causa pode passar de 40 salários mínimos?",
            "o plano de saúde negou minha cirurgia, como entro com uma liminar?",
            "meu sócio quer um distrato da nossa lanchonete, onde isso é resolvido?",
            "o plano de saude negou minha cirurgia de catarata é melhor eu entrar com liminar ou pagar particular",
            "Meu sócio quer que eu assine um distrato da nossa lanchonete. Eu assino ou espero? O que vc acha?",
            "meu pai está internado no hospital e a audiência é amanhã, o que eu levo pra justificar?",
            "o que eu levo na audiência de conciliação?",
            "o cachorro da vizinha mordeu minha filha e o porteiro viu, ele pode ser testemunha?",
            "na audiência virtual, como mudo meu nome no zoom?", "como mudo o nome no teams antes da audiência?",
            "preciso de certificado digital A3 pra entrar no PJe?", "como faço o inventário dos bens do meu pai?",
            "bom dia", "valeu, a audiência é no fim de semana?",
            "mi papá faleceu e deixou uma casa, como abro o inventário?",
            "liguei pro banco, protocolos [CPF removido] e [CPF removido], e nada: a ação contra o banco é nessa vara?",
            "posso tirar print da conversa no celular e juntar no processo?",
            "a loja não fez o estorno da compra, posso processar aqui?",
            "chegou ofício pra empresa informar o salário de um funcionário, qual o prazo?",
            "meu advogado não liga pra mim há meses, o que eu faço?",
            "o ônibus quebrou, tentei ligar pro meu advogado e nada, o que acontece se eu faltar à audiência?",
            "quero fazer um elogio pro servidor do balcão da vara, onde faço?" })
    void theSameTopicsInTheCourtsOwnQuestionsAreNotOutOfScope(String question) {
        assertThat(OutOfScope.isOutOfScope(question)).as(question).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "qual hospital tem pronto socorro infantil funcionando de madrugada?",
            "tem farmácia funcionando agora perto do terminal?", "a loja atende por telefone?",
            "o juizado especial atende de manhã?", "o cartório de registro civil abre no sábado?" })
    void aQuestionNamingAnotherPlaceAndNotTheUnitIsAboutThatPlace(String question) {
        assertThat(OutOfScope.namesAnotherPlace(question)).as(question).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "estou no hospital, o fórum funciona no sábado?", "a vara atende quem está internado?",
            "o banco me processou, qual o telefone de vocês?", "o cartório abre que horas?",
            "qual o horário de atendimento?" })
    void aQuestionNamingTheUnitOrNoPlaceIsNotAboutAnotherPlace(String question) {
        assertThat(OutOfScope.namesAnotherPlace(question)).as(question).isFalse();
    }

}
