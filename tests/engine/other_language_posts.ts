// Posts in other languages and code-switched posts, written for this test. `foreign` lists the
// parts Nib must leave alone (no spelling or grammar suggestion may touch them); `flagged`, where
// given, is an English misspelling in the same post that must still be caught.
export interface OtherLanguagePost {
  language: string;
  text: string;
  foreign: string[];
  flagged?: string;
}

const whole = (language: string, text: string): OtherLanguagePost => ({ language, text, foreign: [text] });

export const OTHER_LANGUAGE_POSTS: OtherLanguagePost[] = [
  whole("id", "Hari ini aku capek banget, tapi besok kita jalan-jalan ke pantai ya!"),
  whole("id", "Makasih banyak ya kak, pesanannya sudah sampai dengan selamat 🙏"),
  whole("id", "Gimana kabarnya semua? Udah lama banget kita nggak ketemu."),
  whole("id", "Selamat pagi semuanya, jangan lupa sarapan dulu sebelum kerja."),
  whole("id", "Kenapa sih harga tiket pesawat mahal banget sekarang?"),
  whole("hu", "Köszönöm szépen a segítséget, holnap találkozunk."),
  whole("hu", "Ma nagyon fáradt vagyok, de este megyek edzeni."),
  whole("hu", "Sziasztok! Tudja valaki, hol lehet jó kávét inni a belvárosban?"),
  whole("hu", "Szerintem ez a film nagyon jó volt, mindenkinek ajánlom."),
  whole("es", "No pasa nada, mañana vamos a la playa con mis amigos."),
  whole("es", "¿Alguien sabe dónde puedo comprar entradas para el concierto?"),
  whole("es", "Hoy es un día increíble, gracias a todos por venir 🎉"),
  whole("es", "Estoy muy cansada pero feliz porque terminé el proyecto."),
  whole("pt", "Obrigada a todos pelas mensagens de aniversário, vocês são demais!"),
  whole("pt", "Hoje eu tô muito cansado, vou dormir cedo."),
  whole("pt", "Alguém sabe se o mercado abre no domingo?"),
  whole("pt", "Que saudade da minha família, não vejo a hora de voltar pra casa."),
  whole("de", "Ich bin so müde heute. Das Wetter ist schlecht und ich habe keine Lust."),
  whole("de", "Weiß jemand, wann der Zug nach Berlin fährt?"),
  whole("de", "Vielen Dank für eure Hilfe, ihr seid echt super!"),
  whole("fr", "Merci beaucoup pour votre aide, c'est vraiment gentil."),
  whole("fr", "Je suis trop fatiguée ce soir, on se voit demain ?"),
  whole("fr", "Quelqu'un sait où je peux trouver une bonne boulangerie près d'ici ?"),
  whole("tr", "Bugün çok yorgunum ama akşam arkadaşlarla buluşacağım."),
  whole("tr", "Teşekkür ederim, çok güzel bir gündü!"),
  whole("tr", "Yarın sınavım var, biraz stresliyim açıkçası."),
  whole("vi", "Hôm nay trời đẹp quá, mình đi cà phê với bạn bè nhé."),
  whole("vi", "Cảm ơn mọi người đã chúc mừng sinh nhật mình!"),
  whole("it", "Che bella giornata oggi, andiamo al mare con gli amici."),
  whole("it", "Grazie mille per il regalo, sei sempre gentilissima."),
  whole("nl", "Dank je wel voor de leuke avond, het was echt gezellig!"),
  whole("pl", "Dziękuję bardzo za pomoc, jesteś naprawdę super."),
  whole("tl", "Salamat po sa inyong lahat, ingat kayo palagi!"),
  whole("ru", "Привет всем, как дела? Сегодня было очень холодно."),
  whole("ru", "Спасибо большое за поздравления, друзья!"),
  whole("ar", "شكرا جزيلا لكم جميعا على التهاني، أنتم رائعون."),
  whole("ar", "صباح الخير، كيف حالكم اليوم؟"),
  whole("hi", "आज मौसम बहुत अच्छा है, चलो बाहर घूमने चलते हैं।"),
  whole("zh", "今天天气真好，我们去公园散步吧。"),
  whole("ja", "今日はとても楽しかったです。ありがとうございました！"),
  whole("ko", "오늘 정말 즐거웠어요. 다들 고마워요!"),
  {
    language: "id",
    text: "The meeting went well, terima kasih semuanya!",
    foreign: ["terima kasih semuanya"],
  },
  {
    language: "id",
    text: "The food was enak banget and the people were so nice.",
    foreign: ["enak banget"],
  },
  {
    language: "id",
    text: "Hari ini aku capek banget. But I will definately finish the report tonight.",
    foreign: ["Hari ini aku capek banget."],
    flagged: "definately",
  },
  {
    language: "hu",
    text: "Köszönöm szépen! I realy enjoyed the concert last night.",
    foreign: ["Köszönöm szépen!"],
    flagged: "realy",
  },
  {
    language: "es",
    text: "We had a great weekend en la playa con mis primos.",
    foreign: ["en la playa con mis primos"],
  },
  {
    language: "es",
    text: "Muchas gracias a todos. I recieved so many kind messages today.",
    foreign: ["Muchas gracias a todos."],
    flagged: "recieved",
  },
  {
    language: "pt",
    text: "Finally home after a long trip, que saudade de casa!",
    foreign: ["que saudade de casa"],
  },
  {
    language: "de",
    text: "Ich bin so müde. Tommorow I start my new job in Munich.",
    foreign: ["Ich bin so müde."],
    flagged: "Tommorow",
  },
  {
    language: "fr",
    text: "The presentation was great, merci beaucoup à toute l'équipe !",
    foreign: ["merci beaucoup à toute l'équipe"],
  },
  {
    language: "tr",
    text: "Teşekkürler arkadaşlar! See you all at the wedding.",
    foreign: ["Teşekkürler arkadaşlar!"],
  },
  {
    language: "vi",
    text: "Cảm ơn mọi người nhiều lắm. The party was amazing.",
    foreign: ["Cảm ơn mọi người nhiều lắm."],
  },
  {
    language: "ru",
    text: "Happy birthday, дорогая подруга! Have a wonderful year.",
    foreign: ["дорогая подруга"],
  },
  {
    language: "ja",
    text: "Just landed in Tokyo, ありがとうございます for all the tips!",
    foreign: ["ありがとうございます"],
  },
  {
    language: "zh",
    text: "Dinner with the family tonight, 新年快乐 everyone!",
    foreign: ["新年快乐"],
  },
  {
    language: "ar",
    text: "Eid Mubarak to everyone, عيد مبارك وكل عام وأنتم بخير",
    foreign: ["عيد مبارك وكل عام وأنتم بخير"],
  },
  {
    language: "hi",
    text: "Thank you all for coming, आप सबका बहुत धन्यवाद!",
    foreign: ["आप सबका बहुत धन्यवाद"],
  },
  {
    language: "it",
    text: "Back from Rome, che bella città e che buon cibo!",
    foreign: ["che bella città e che buon cibo"],
  },
  {
    language: "tl",
    text: "Salamat po sa lahat! We will definately come back next year.",
    foreign: ["Salamat po sa lahat!"],
    flagged: "definately",
  },
];

// English posts with a name or a foreign word the context shows is intended: nothing flagged.
export const INTENDED_WORDS: string[] = [
  "My grandmother calls this dish “gudeg” and it tastes amazing.",
  "We met Szilvia and Bence at the airport yesterday.",
  "Our Danish friends have a word for it: “hygge”.",
  "I visited Yogyakarta and Bandung last summer.",
];
