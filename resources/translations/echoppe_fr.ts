<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de sauvegarde</translation>
    </message>
    <message>
        <source>After each publish, Échoppe sends an encrypted copy of your shop to your host, so a lost or broken computer does not take your shop with it. Only this passphrase opens it: write it down somewhere safe (it is not your host password). It is kept in this computer&apos;s password store.</source>
        <translation>Après chaque publication, Échoppe envoie une copie chiffrée de votre boutique chez votre hébergeur : un ordinateur perdu ou en panne n&apos;emporte pas votre boutique avec lui. Seule cette phrase secrète l&apos;ouvre : notez-la en lieu sûr (ce n&apos;est pas le mot de passe de l&apos;hébergeur). Elle est gardée dans le trousseau de mots de passe de cet ordinateur.</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète, encore</translation>
    </message>
    <message>
        <source>Passphrase (at least {n} characters):</source>
        <translation>Phrase secrète (au moins {n} caractères) :</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>La même, encore :</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What will change</source>
        <translation>Ce qui va changer</translation>
    </message>
    <message>
        <source>send: {path}</source>
        <translation>envoyer : {path}</translation>
    </message>
    <message>
        <source>delete: {path}</source>
        <translation>supprimer : {path}</translation>
    </message>
    <message>
        <source>Nothing was sent: this only shows what &quot;Publish&quot; would do.</source>
        <translation>Rien n&apos;a été envoyé : ceci montre seulement ce que ferait « Publier ».</translation>
    </message>
    <message>
        <source>Nothing to publish: your shop online is already up to date.</source>
        <translation>Rien à publier : votre boutique en ligne est déjà à jour.</translation>
    </message>
    <message>
        <source>Only technical files change: customers will see no difference.</source>
        <translation>Seuls des fichiers techniques changent : vos clients ne verront aucune différence.</translation>
    </message>
    <message>
        <source>If you publish now, your customers will see:</source>
        <translation>Si vous publiez maintenant, vos clients verront :</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>{sent} files to send ({size}), {deleted} to delete.</source>
        <translation>{sent} fichiers à envoyer ({size}), {deleted} à supprimer.</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>Colour {code}: click to change it</source>
        <translation>Couleur {code} : cliquez pour la changer</translation>
    </message>
</context>
<context>
    <name>ContrastCheck</name>
    <message>
        <source>White text on the main colour</source>
        <translation>Un texte blanc sur la couleur principale</translation>
    </message>
    <message>
        <source>The accent colour on a white page</source>
        <translation>La couleur d&apos;accent sur une page blanche</translation>
    </message>
    <message>
        <source>%1 is hard to read: contrast %2:1, at least %3:1 is needed. Choose a darker colour.</source>
        <translation>%1 est difficile à lire : contraste de %2:1, il faut au moins %3:1. Choisissez une couleur plus foncée.</translation>
    </message>
</context>
<context>
    <name>CouponTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Commande minimum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>ExamplesBox</name>
    <message>
        <source>Example products</source>
        <translation>Produits d&apos;exemple</translation>
    </message>
    <message>
        <source>Your shop still holds {n} example products from the start:</source>
        <translation>Votre boutique contient encore {n} produits d&apos;exemple du départ :</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… et {n} de plus.</translation>
    </message>
    <message>
        <source>Customers would see them as yours. Keep them only if you sell these products.</source>
        <translation>Vos clients les prendraient pour les vôtres. Gardez-les seulement si vous vendez ces produits.</translation>
    </message>
    <message>
        <source>&amp;Keep the examples</source>
        <translation>&amp;Garder les exemples</translation>
    </message>
    <message>
        <source>&amp;Remove the examples</source>
        <translation>&amp;Retirer les exemples</translation>
    </message>
</context>
<context>
    <name>FetchPanel</name>
    <message>
        <source>&amp;Fetch orders from my host</source>
        <translation>Récupérer les comman&amp;des sur mon hébergeur</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>P&amp;ublish now</source>
        <translation>P&amp;ublier maintenant</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({what}). Try again; if it happens again, please tell us what you were doing.</source>
        <translation>Un problème inattendu est survenu ({what}). Réessayez ; si cela se reproduit, dites-nous ce que vous faisiez.</translation>
    </message>
    <message>
        <source>Connecting to your host…</source>
        <translation>Connexion à votre hébergeur…</translation>
    </message>
    <message>
        <source>Stopping after the order being stored…</source>
        <translation>Arrêt après la commande en cours d&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Bringing in the orders…</source>
        <translation>Récupération des commandes…</translation>
    </message>
    <message>
        <source>Preparing your pages…</source>
        <translation>Préparation de vos pages…</translation>
    </message>
    <message>
        <source>Sending your shop…</source>
        <translation>Envoi de votre boutique…</translation>
    </message>
    <message>
        <source>Bringing in the orders… {done} of {total}</source>
        <translation>Récupération des commandes… {done} sur {total}</translation>
    </message>
    <message>
        <source>No new orders on your host.</source>
        <translation>Aucune nouvelle commande sur votre hébergeur.</translation>
    </message>
    <message>
        <source>Stock changed ({changes}). Publish now so your site shows it, sold-out items included?</source>
        <translation>Le stock a changé ({changes}). Publier maintenant pour que votre site l&apos;affiche, articles épuisés compris ?</translation>
    </message>
    <message>
        <source>These files could not be opened: they stay on your host, nothing else was held up.</source>
        <translation>Ces fichiers n&apos;ont pas pu être ouverts : ils restent sur votre hébergeur, les autres ont bien été récupérés.</translation>
    </message>
    <message>
        <source>Stored, but not yet removed from your host (the next fetch removes them): {names}</source>
        <translation>Enregistrés, mais pas encore supprimés de votre hébergeur (la prochaine récupération le fera) : {names}</translation>
    </message>
    <message>
        <source>Check before refunding: withdrawal {withdrawal} for order {order} was filed by {name} ({email}), not the name or e-mail of the order.</source>
        <translation>À vérifier avant de rembourser : la rétractation {withdrawal} de la commande {order} a été déposée par {name} ({email}), qui ne sont pas le nom ou l&apos;e-mail de la commande.</translation>
    </message>
    <message>
        <source>it is not an order written by your order desk</source>
        <translation>ce n&apos;est pas une commande écrite par votre prise de commande</translation>
    </message>
    <message>
        <source>it is not a valid order ({detail})</source>
        <translation>ce n&apos;est pas une commande valide ({detail})</translation>
    </message>
    <message>
        <source>it could not be read ({detail})</source>
        <translation>il n&apos;a pas pu être lu ({detail})</translation>
    </message>
    <message>
        <source>it is not a regular file (perhaps a link): it is not read</source>
        <translation>ce n&apos;est pas un fichier ordinaire (peut-être un lien) : il n&apos;est pas lu</translation>
    </message>
    <message>
        <source>it changed while it was being read: fetch again</source>
        <translation>il a changé pendant sa lecture : relevez à nouveau</translation>
    </message>
    <message>
        <source>it is too big to be an order</source>
        <translation>il est trop gros pour être une commande</translation>
    </message>
    <message>
        <source>another order with this number is already in your shop file</source>
        <translation>une autre commande portant ce numéro est déjà dans le fichier de votre boutique</translation>
    </message>
    <message>
        <source>the number inside is not the file&apos;s name</source>
        <translation>le numéro qu&apos;il contient n&apos;est pas celui du nom du fichier</translation>
    </message>
    <message>
        <source>New orders fetched: {orders}.</source>
        <translation>Nouvelles commandes récupérées : {orders}.</translation>
    </message>
    <message>
        <source>Withdrawal declarations fetched: {withdrawals} (each shows under its order).</source>
        <translation>Déclarations de rétractation récupérées : {withdrawals} (chacune s&apos;affiche sous sa commande).</translation>
    </message>
    <message>
        <source>it does not open with this shop&apos;s key (was it left there by another shop, or is this shop file an old copy?)</source>
        <translation>il ne s&apos;ouvre pas avec la clé de cette boutique (a-t-il été laissé là par une autre boutique, ou ce fichier de boutique est-il une ancienne copie ?)</translation>
    </message>
    <message>
        <source>You refused the server&apos;s identity: nothing was fetched.</source>
        <translation>Vous avez refusé l&apos;identité du serveur : rien n&apos;a été récupéré.</translation>
    </message>
    <message>
        <source>Published: {sent} files sent ({size}). Your site shows the new stock.</source>
        <translation>Publié : {sent} fichiers envoyés ({size}). Votre site affiche le nouveau stock.</translation>
    </message>
    <message>
        <source>Publishing did not work: {error} Use the Publish step of the wizard to try again.</source>
        <translation>La publication n&apos;a pas abouti : {error} Utilisez l&apos;étape Publier de l&apos;assistant pour réessayer.</translation>
    </message>
</context>
<context>
    <name>FlyerDialog</name>
    <message>
        <source>Print a flyer</source>
        <translation>Imprimer un prospectus</translation>
    </message>
    <message>
        <source>A one-page flyer for your market stall or to slip in a parcel: your shop&apos;s name, logo and colours, and a QR code that leads to your shop. Visits from it are counted in your statistics under its source name.</source>
        <translation>Un prospectus d&apos;une page pour votre stand de marché ou à glisser dans un colis : le nom, le logo et les couleurs de votre boutique, et un QR code qui mène à votre boutique. Les visites venues de lui sont comptées dans vos statistiques sous son nom de source.</translation>
    </message>
    <message>
        <source>A5 (half a sheet of A4)</source>
        <translation>A5 (une demi-feuille A4)</translation>
    </message>
    <message>
        <source>A6 (a quarter of A4, postcard size)</source>
        <translation>A6 (un quart de feuille A4, format carte postale)</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>&amp;Format du papier :</translation>
    </message>
    <message>
        <source>The whole shop (its home page)</source>
        <translation>Toute la boutique (sa page d&apos;accueil)</translation>
    </message>
    <message>
        <source>The QR code &amp;leads to:</source>
        <translation>Le QR code &amp;mène à :</translation>
    </message>
    <message>
        <source>flyer-market</source>
        <translation>flyer-marche</translation>
    </message>
    <message>
        <source>Source &amp;name:</source>
        <translation>&amp;Nom de la source :</translation>
    </message>
    <message>
        <source>Shown in your statistics for the visits from this flyer: one name per place you hand it out, like flyer-market or parcel.</source>
        <translation>Affiché dans vos statistiques pour les visites venues de ce prospectus : un nom par endroit où vous le distribuez, comme flyer-marche ou colis.</translation>
    </message>
    <message>
        <source>No discount code</source>
        <translation>Pas de code de réduction</translation>
    </message>
    <message>
        <source>&amp;Discount code:</source>
        <translation>Code de &amp;réduction :</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({what}). Try again; if it happens again, please tell us what you were doing.</source>
        <translation>Un problème inattendu est survenu ({what}). Réessayez ; si cela se reproduit, dites-nous ce que vous faisiez.</translation>
    </message>
    <message>
        <source>QR code leading to {url}</source>
        <translation>QR code menant à {url}</translation>
    </message>
    <message>
        <source>The QR code leads to: {url}</source>
        <translation>Le QR code mène à : {url}</translation>
    </message>
    <message>
        <source>flyer</source>
        <translation>prospectus</translation>
    </message>
    <message>
        <source>Save the flyer</source>
        <translation>Enregistrer le prospectus</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the flyer…</source>
        <translation>Préparation du prospectus…</translation>
    </message>
    <message>
        <source>Flyer saved as {path}. Print it at actual size (100 %).</source>
        <translation>Prospectus enregistré dans {path}. Imprimez-le en taille réelle (100 %).</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Who is the host?</source>
        <translation>Qui est l&apos;hébergeur ?</translation>
    </message>
    <message>
        <source>The host is the company whose computers keep your site on the Internet day and night (for example OVHcloud, o2switch, Infomaniak, IONOS). The law asks you to name it on the legal notice page: its name, address and phone number are on your host&apos;s contract or on its own website, under “Mentions légales”.</source>
        <translation>L&apos;hébergeur est l&apos;entreprise dont les ordinateurs gardent votre site sur Internet jour et nuit (par exemple OVHcloud, o2switch, Infomaniak, IONOS). La loi vous demande de le nommer dans les mentions légales : son nom, son adresse et son numéro de téléphone figurent sur votre contrat d&apos;hébergement ou sur son propre site, à la rubrique « Mentions légales ».</translation>
    </message>
    <message>
        <source>How does a folder on my computer become a site on the Internet?</source>
        <translation>Comment un dossier de mon ordinateur devient-il un site sur Internet ?</translation>
    </message>
    <message>
        <source>Échoppe writes your whole shop as ordinary files (pages, photos) into a folder. Publishing copies that folder to your host&apos;s computer over a secure connection (SFTP); from then on, anyone who types your address sees those files. Publishing to a folder only keeps the files on your computer: nothing is on the Internet yet, which is a good way to look at everything first.</source>
        <translation>Échoppe écrit toute votre boutique sous forme de fichiers ordinaires (pages, photos) dans un dossier. Publier copie ce dossier sur l&apos;ordinateur de votre hébergeur par une connexion sécurisée (SFTP) ; dès lors, toute personne qui tape votre adresse voit ces fichiers. Publier dans un dossier garde les fichiers sur votre ordinateur : rien n&apos;est encore sur Internet, c&apos;est une bonne façon de tout vérifier d&apos;abord.</translation>
    </message>
    <message>
        <source>You need a hosting plan with SFTP access (the host sends you a server name, a user name and a password) and, if you want, a domain name such as ruches-de-margaux.fr.</source>
        <translation>Il vous faut une offre d&apos;hébergement avec un accès SFTP (l&apos;hébergeur vous envoie un nom de serveur, un identifiant et un mot de passe) et, si vous le souhaitez, un nom de domaine comme ruches-de-margaux.fr.</translation>
    </message>
    <message>
        <source>How will customers pay?</source>
        <translation>Comment les clients paieront-ils ?</translation>
    </message>
    <message>
        <source>Your site takes the order; you choose how the money arrives: a payment link (Stripe, SumUp, PayPal…) that you paste into the shop, a bank transfer with your IBAN, a cheque, or cash when the customer collects. You receive each order by e-mail and confirm it once paid. Your site never sees a card number.</source>
        <translation>Votre site prend la commande ; c&apos;est vous qui choisissez comment l&apos;argent arrive : un lien de paiement (Stripe, SumUp, PayPal…) que vous collez dans la boutique, un virement sur votre IBAN, un chèque, ou des espèces quand le client vient chercher sa commande. Vous recevez chaque commande par e-mail et la confirmez une fois payée. Votre site ne voit jamais de numéro de carte.</translation>
    </message>
    <message>
        <source>What is a SIRET and where do I find it?</source>
        <translation>Qu&apos;est-ce que le SIRET et où le trouver ?</translation>
    </message>
    <message>
        <source>The SIRET is the 14-digit number that identifies your business in France (the first 9 digits are your SIREN). You received it when you registered, for a micro-entreprise too. Lost it? Type your name or business name on &lt;a href=&quot;https://annuaire-entreprises.data.gouv.fr&quot;&gt;annuaire-entreprises.data.gouv.fr&lt;/a&gt;, or download your INSEE “avis de situation” on &lt;a href=&quot;https://avis-situation-sirene.insee.fr&quot;&gt;avis-situation-sirene.insee.fr&lt;/a&gt;.</source>
        <translation>Le SIRET est le numéro à 14 chiffres qui identifie votre entreprise en France (les 9 premiers chiffres forment votre SIREN). Vous l&apos;avez reçu à votre immatriculation, y compris pour une micro-entreprise. Vous l&apos;avez égaré ? Tapez votre nom ou celui de votre entreprise sur &lt;a href=&quot;https://annuaire-entreprises.data.gouv.fr&quot;&gt;annuaire-entreprises.data.gouv.fr&lt;/a&gt;, ou téléchargez votre « avis de situation » INSEE sur &lt;a href=&quot;https://avis-situation-sirene.insee.fr&quot;&gt;avis-situation-sirene.insee.fr&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Not registered yet? You can fill it in later: the shop cannot be published to the Internet without it, and the Publish page reminds you.</source>
        <translation>Pas encore immatriculé ? Vous pourrez le remplir plus tard : la boutique ne peut pas être mise en ligne sans lui, et la page Publier vous le rappellera.</translation>
    </message>
    <message>
        <source>What is a consumer mediator and how do I choose one?</source>
        <translation>Qu&apos;est-ce qu&apos;un médiateur de la consommation et comment le choisir ?</translation>
    </message>
    <message>
        <source>Every business that sells to consumers in France must offer a free consumer mediator: an independent body a customer can turn to when you cannot agree. You join one (a yearly fee, often a few dozen euros for a small business) and name it on your site. The official list is kept by the CECMC on &lt;a href=&quot;https://www.economie.gouv.fr/mediation-conso&quot;&gt;economie.gouv.fr/mediation-conso&lt;/a&gt;: pick one for your trade or a general one, then copy its name and website here.</source>
        <translation>Toute entreprise qui vend à des particuliers en France doit leur proposer gratuitement un médiateur de la consommation : un organisme indépendant vers lequel le client peut se tourner quand vous ne parvenez pas à vous mettre d&apos;accord. Vous adhérez auprès de l&apos;un d&apos;eux (une cotisation annuelle, souvent quelques dizaines d&apos;euros pour une petite entreprise) et vous le nommez sur votre site. La liste officielle est tenue par la CECMC sur &lt;a href=&quot;https://www.economie.gouv.fr/mediation-conso&quot;&gt;economie.gouv.fr/mediation-conso&lt;/a&gt; : choisissez-en un pour votre métier ou un médiateur généraliste, puis recopiez ici son nom et son site.</translation>
    </message>
    <message>
        <source>VAT franchise (franchise en base)</source>
        <translation>Franchise en base de TVA</translation>
    </message>
    <message>
        <source>Under a yearly turnover threshold, a small business may charge no VAT at all: prices are then the final prices, and every invoice must carry the sentence “TVA non applicable, art. 293 B du CGI”. Échoppe writes it for you when you tick the franchise. Above the threshold, or if you chose to charge VAT, enter your VAT number and rates.</source>
        <translation>Sous un seuil de chiffre d&apos;affaires annuel, une petite entreprise peut ne facturer aucune TVA : vos prix sont alors les prix définitifs, et chaque facture doit porter la mention « TVA non applicable, art. 293 B du CGI ». Échoppe l&apos;écrit pour vous quand vous cochez la franchise en base de TVA. Au-delà du seuil, ou si vous avez choisi de facturer la TVA, indiquez votre numéro de TVA et vos taux.</translation>
    </message>
    <message>
        <source>Where is my shop kept?</source>
        <translation>Où ma boutique est-elle gardée ?</translation>
    </message>
    <message>
        <source>Your shop is one file on your computer: products, photos, settings. Everything is saved as you type; there is no Save button. Keep a copy of that file (Échoppe makes backups too) and you can reopen the shop on any computer.</source>
        <translation>Votre boutique tient dans un seul fichier sur votre ordinateur : produits, photos, réglages. Tout est enregistré au fil de la saisie ; il n&apos;y a pas de bouton Enregistrer. Gardez une copie de ce fichier (Échoppe fait aussi des sauvegardes) et vous pourrez rouvrir la boutique sur n&apos;importe quel ordinateur.</translation>
    </message>
    <message>
        <source>Why choose what I sell?</source>
        <translation>Pourquoi choisir ce que je vends ?</translation>
    </message>
    <message>
        <source>It gives you a head start: the right fields for your products (weights for food, dates for workshops…), a fitting theme, and a few example products to show the idea. You can change everything afterwards, and remove the examples before publishing.</source>
        <translation>Cela vous fait gagner du temps : les bons champs pour vos produits (poids pour l&apos;alimentaire, dates pour les ateliers…), un thème adapté et quelques produits d&apos;exemple pour montrer l&apos;idée. Vous pourrez tout changer ensuite, et retirer les exemples avant de publier.</translation>
    </message>
    <message>
        <source>Products, photos and variants</source>
        <translation>Produits, photos et variantes</translation>
    </message>
    <message>
        <source>Add a product, give it a name, a price and a photo (a JPEG or PNG from your phone is fine: Échoppe makes the small versions). Use variants when the same product comes in several sizes or flavours with their own price. You can also import a spreadsheet (.csv, .xlsx, .ods): drop it on this page.</source>
        <translation>Ajoutez un produit, donnez-lui un nom, un prix et une photo (un JPEG ou un PNG pris avec votre téléphone convient : Échoppe en fait les petites versions). Utilisez les variantes quand un même produit existe en plusieurs tailles ou parfums, chacun avec son prix. Vous pouvez aussi importer un tableur (.csv, .xlsx, .ods) : déposez-le sur cette page.</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Codes de réduction</translation>
    </message>
    <message>
        <source>A coupon is a code your customers type to get a discount (a percentage or an amount). Give it an end date so it does not run forever.</source>
        <translation>Un code de réduction est un code que vos clients tapent dans le panier pour obtenir une remise (un pourcentage ou un montant). Donnez-lui une date de fin pour qu&apos;il ne dure pas indéfiniment.</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Say where you ship and what it costs; the customer sees the cost before ordering. Give each option its delivery deadline in days: the terms of sale promise it (30 days when you give none).</source>
        <translation>Dites où vous livrez et ce que cela coûte ; le client voit le coût avant de commander. Donnez à chaque option son délai de livraison en jours : les CGV le promettent (30 jours si vous n&apos;en donnez pas).</translation>
    </message>
    <message>
        <source>Pickup (the customer collects the order at your place or at a market) is free unless you type a price. It needs the pickup address and opening hours: the terms of sale show them.</source>
        <translation>Le retrait sur place (le client vient chercher sa commande chez vous ou sur un marché) est gratuit, sauf si vous tapez un prix. Il lui faut l&apos;adresse et les horaires du retrait : les CGV les indiquent.</translation>
    </message>
    <message>
        <source>Themes and colours</source>
        <translation>Thèmes et couleurs</translation>
    </message>
    <message>
        <source>The theme is the layout; your colours go on top. Nothing here is final: change the look at any time and publish again. “Preview my shop” builds the real site on your computer only.</source>
        <translation>Le thème, c&apos;est la mise en page ; vos couleurs s&apos;y ajoutent. Rien n&apos;est définitif ici : changez l&apos;apparence quand vous voulez et publiez à nouveau. « Voir ma boutique » fabrique le vrai site sur votre ordinateur seulement.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Each order your site takes arrives here and by e-mail. Mark it paid once the money is there, then shipped; the customer&apos;s right of withdrawal (rétractation) runs from delivery.</source>
        <translation>Chaque commande prise par votre site arrive ici et par e-mail. Marquez-la payée quand l&apos;argent est arrivé, puis expédiée ; le délai de rétractation du client court à partir de la livraison.</translation>
    </message>
</context>
<context>
    <name>HostIdentityBox</name>
    <message>
        <source>Who hosts your site</source>
        <translation>Qui héberge votre site</translation>
    </message>
    <message>
        <source>Choose it to fill in its details…</source>
        <translation>Choisissez-le pour remplir ses coordonnées…</translation>
    </message>
    <message>
        <source>Another host: type its details below</source>
        <translation>Un autre hébergeur : tapez ses coordonnées ci-dessous</translation>
    </message>
    <message>
        <source>&amp;Your host:</source>
        <translation>&amp;Votre hébergeur :</translation>
    </message>
    <message>
        <source>Host&apos;s na&amp;me:</source>
        <translation>&amp;Nom de l&apos;hébergeur :</translation>
    </message>
    <message>
        <source>e.g. OVH SAS</source>
        <translation>par ex. OVH SAS</translation>
    </message>
    <message>
        <source>The law asks your legal notice to name the company that keeps your site on the Internet, with its address and phone. Choosing your host in the list above fills them in.</source>
        <translation>La loi demande que vos mentions légales nomment la société qui garde votre site sur Internet, avec son adresse et son téléphone. Choisir votre hébergeur dans la liste ci-dessus les remplit.</translation>
    </message>
    <message>
        <source>Host&apos;s a&amp;ddress:</source>
        <translation>A&amp;dresse de l&apos;hébergeur :</translation>
    </message>
    <message>
        <source>Host&apos;s p&amp;hone:</source>
        <translation>&amp;Téléphone de l&apos;hébergeur :</translation>
    </message>
    <message>
        <source>Please check these details against your host&apos;s own legal notice before going online.</source>
        <translation>Vérifiez ces coordonnées dans les mentions légales de votre hébergeur avant de mettre votre boutique en ligne.</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Is this really your host?</source>
        <translation>Est-ce bien votre hébergeur ?</translation>
    </message>
    <message>
        <source>This is the first time Échoppe connects to {server}. Every server has an identity card, its key; below is a short summary of it, called a fingerprint.</source>
        <translation>C&apos;est la première fois qu&apos;Échoppe se connecte à {server}. Chaque serveur a une carte d&apos;identité, sa clé ; en voici un court résumé, appelé empreinte.</translation>
    </message>
    <message>
        <source>Fingerprint of the server</source>
        <translation>Empreinte du serveur</translation>
    </message>
    <message>
        <source>Key type: {kind}</source>
        <translation>Type de clé : {kind}</translation>
    </message>
    <message>
        <source>How to check it: your host shows the fingerprint of its server in its control panel or help pages (look for &quot;SSH fingerprint&quot; or &quot;SHA256&quot;), or its support can tell you. If it is the same, accept: Échoppe remembers it and will warn you loudly if it ever changes. If it differs, refuse: you may not be talking to your host.</source>
        <translation>Comment vérifier : votre hébergeur affiche l&apos;empreinte de son serveur dans son espace client ou ses pages d&apos;aide (cherchez « empreinte SSH » ou « SHA256 »), ou son assistance peut vous la donner. Si c&apos;est la même, acceptez : Échoppe la retient et vous préviendra clairement si elle change un jour. Si elle diffère, refusez : vous n&apos;êtes peut-être pas en train de parler à votre hébergeur.</translation>
    </message>
    <message>
        <source>&amp;Accept, it matches</source>
        <translation>&amp;Accepter, elle correspond</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Danger: the server&apos;s identity changed</source>
        <translation>Danger : l&apos;identité du serveur a changé</translation>
    </message>
    <message>
        <source>Publishing was stopped to protect your site and your password.</source>
        <translation>La publication a été arrêtée pour protéger votre site et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import products from %1</source>
        <translation>Importer des produits depuis %1</translation>
    </message>
    <message>
        <source>%1 products can be imported; %2 rows are rejected.</source>
        <translation>%1 produits peuvent être importés ; %2 lignes sont refusées.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Rejected rows (correct them in your file and import again, or import the valid rows only):</source>
        <translation>Lignes refusées (corrigez-les dans votre fichier et importez à nouveau, ou importez seulement les lignes valides) :</translation>
    </message>
    <message>
        <source>Worth knowing:</source>
        <translation>Bon à savoir :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only</source>
        <translation>Importer seulement les lignes &amp;valides</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
</context>
<context>
    <name>LegalChecklist</name>
    <message>
        <source>What the law asks before you open to the public</source>
        <translation>Ce que la loi demande avant d&apos;ouvrir au public</translation>
    </message>
    <message>
        <source>Fill in on “Your shop”</source>
        <translation>Compléter dans « Votre boutique »</translation>
    </message>
    <message>
        <source>Open “Products”</source>
        <translation>Ouvrir « Produits »</translation>
    </message>
    <message>
        <source>Open “Shipping”</source>
        <translation>Ouvrir « Livraison »</translation>
    </message>
    <message>
        <source>Open “Selling”</source>
        <translation>Ouvrir « Vente »</translation>
    </message>
    <message>
        <source>Fill in below</source>
        <translation>Compléter ci-dessous</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Nothing the law asks for is missing: your shop can open to the public.</source>
        <translation>Rien de ce que la loi demande ne manque : votre boutique peut ouvrir au public.</translation>
    </message>
    <message>
        <source>Before publishing on the Internet, complete the items marked &quot;Missing&quot; below (left: {n}). You can already publish to a folder to try your shop.</source>
        <translation>Avant de publier sur Internet, complétez les points marqués « Manquant » ci-dessous (reste : {n}). Vous pouvez déjà publier dans un dossier pour essayer votre boutique.</translation>
    </message>
    <message>
        <source>Nothing required is missing; please check these points:</source>
        <translation>Rien d&apos;obligatoire ne manque ; vérifiez ces points :</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Manquant :</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>À vérifier :</translation>
    </message>
</context>
<context>
    <name>LogsPanel</name>
    <message>
        <source>&amp;Fetch the new visits from my host</source>
        <translation>&amp;Récupérer les nouvelles visites</translation>
    </message>
    <message>
        <source>Reads the access logs your host keeps, over the same login as publishing. Only what is new is read; nothing is changed there.</source>
        <translation>Lit les journaux d&apos;accès que garde votre hébergeur, avec la même connexion que pour publier. Seul ce qui est nouveau est lu ; rien n&apos;y est modifié.</translation>
    </message>
    <message>
        <source>&amp;Read a log file…</source>
        <translation>Lire un fichier &amp;journal…</translation>
    </message>
    <message>
        <source>An access log you downloaded from your host&apos;s control panel (plain or .gz, from any host).</source>
        <translation>Un journal d&apos;accès téléchargé depuis le panneau de votre hébergeur (simple ou .gz, de n&apos;importe quel hébergeur).</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>&amp;Logs folder on your host:</source>
        <translation>&amp;Dossier des journaux chez votre hébergeur :</translation>
    </message>
    <message>
        <source>for example: logs</source>
        <translation>par exemple : logs</translation>
    </message>
    <message>
        <source>Your host&apos;s help or control panel says where it keeps the raw access logs.</source>
        <translation>L&apos;aide ou le panneau de votre hébergeur indique où il garde les journaux d&apos;accès bruts.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({what}). Try again; if it happens again, please tell us what you were doing.</source>
        <translation>Un problème inattendu est survenu ({what}). Réessayez ; si cela se reproduit, dites-nous ce que vous faisiez.</translation>
    </message>
    <message>
        <source>Your shop is not published on a host yet, so there are no logs to fetch. Choose your host on the Publish step, or use “Read a log file…”.</source>
        <translation>Votre boutique n&apos;est pas encore publiée chez un hébergeur : il n&apos;y a pas de journaux à récupérer. Choisissez votre hébergeur à l&apos;étape Publier, ou utilisez « Lire un fichier journal… ».</translation>
    </message>
    <message>
        <source>Échoppe does not know where your host keeps its access logs. Type the folder below (your host&apos;s help names it, often “logs”), then fetch again. Or download a log from your host&apos;s control panel and use “Read a log file…”.</source>
        <translation>Échoppe ne sait pas où votre hébergeur garde ses journaux d&apos;accès. Tapez le dossier ci-dessous (l&apos;aide de votre hébergeur le nomme, souvent « logs »), puis récupérez à nouveau. Ou téléchargez un journal depuis le panneau de votre hébergeur et utilisez « Lire un fichier journal… ».</translation>
    </message>
    <message>
        <source>Connecting to your host…</source>
        <translation>Connexion à votre hébergeur…</translation>
    </message>
    <message>
        <source>Stopping after the log being read…</source>
        <translation>Arrêt après le journal en cours de lecture…</translation>
    </message>
    <message>
        <source>Counting the visits…</source>
        <translation>Comptage des visites…</translation>
    </message>
    <message>
        <source>Counting the visits… Logs read: {done}</source>
        <translation>Comptage des visites… Journaux lus : {done}</translation>
    </message>
    <message>
        <source>Logs read: {logs} ({lines} lines). Requests from robots left out: {bots}. Days with visits: {days}.</source>
        <translation>Journaux lus : {logs} ({lines} lignes). Requêtes de robots écartées : {bots}. Jours avec des visites : {days}.</translation>
    </message>
    <message>
        <source>Read access logs</source>
        <translation>Lire des journaux d&apos;accès</translation>
    </message>
    <message>
        <source>Access logs (*.log *.gz *_log *log* *.txt)</source>
        <translation>Journaux d&apos;accès (*.log *.gz *_log *log* *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing new: every log was read already.</source>
        <translation>Rien de nouveau : tous les journaux ont déjà été lus.</translation>
    </message>
    <message>
        <source>{count} lines were not understood and were skipped (not an access log line).</source>
        <translation>{count} lignes n&apos;ont pas été comprises et ont été ignorées (ce ne sont pas des lignes de journal d&apos;accès).</translation>
    </message>
    <message>
        <source>• {name} could not be opened: {error}</source>
        <translation>• {name} n&apos;a pas pu être ouvert : {error}</translation>
    </message>
    <message>
        <source>You refused the server&apos;s identity: nothing was fetched.</source>
        <translation>Vous avez refusé l&apos;identité du serveur : rien n&apos;a été récupéré.</translation>
    </message>
</context>
<context>
    <name>LookPage</name>
    <message>
        <source>The look of your site</source>
        <translation>L&apos;apparence de votre site</translation>
    </message>
    <message>
        <source>Pick a theme and your colours, then look at your shop as customers will.</source>
        <translation>Choisissez un thème et vos couleurs, puis regardez votre boutique comme vos clients la verront.</translation>
    </message>
    <message>
        <source>A theme decides the layout: a market stall with big photos, a gallery for creations… Your colours go on top. Every theme works on phones. “Preview my shop” builds the real site on your computer only: nothing is sent to the Web before you publish.</source>
        <translation>Le thème décide de la mise en page : un étal de marché avec de grandes photos, une galerie pour des créations… Vos couleurs s&apos;y ajoutent. Tous les thèmes s&apos;adaptent aux téléphones. « Voir ma boutique » fabrique le vrai site sur votre ordinateur seulement : rien ne part sur le Web avant que vous publiiez.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Main colour</source>
        <translation>Couleur principale</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Couleur d&apos;accent</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs :</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Forêt</translation>
    </message>
    <message>
        <source>Terracotta</source>
        <translation>Terre cuite</translation>
    </message>
    <message>
        <source>Ocean</source>
        <translation>Océan</translation>
    </message>
    <message>
        <source>Plum</source>
        <translation>Prune</translation>
    </message>
    <message>
        <source>Charcoal</source>
        <translation>Ardoise</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>Olive</translation>
    </message>
    <message>
        <source>Use %1 and %2</source>
        <translation>Utiliser %1 et %2</translation>
    </message>
    <message>
        <source>Ready-made:</source>
        <translation>Toutes prêtes :</translation>
    </message>
    <message>
        <source>The same colours as on the “Your shop” page; the site darkens a colour by itself when text on it would be hard to read.</source>
        <translation>Les mêmes couleurs que sur la page « Votre boutique » ; le site fonce de lui-même une couleur quand un texte posé dessus serait difficile à lire.</translation>
    </message>
    <message>
        <source>&amp;Preview my shop</source>
        <translation>&amp;Voir ma boutique</translation>
    </message>
    <message>
        <source>No theme is available in this version yet.</source>
        <translation>Aucun thème n&apos;est encore disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>NichePage</name>
    <message>
        <source>What do you sell?</source>
        <translation>Que vendez-vous ?</translation>
    </message>
    <message>
        <source>Pick the card closest to your activity. You can change everything later.</source>
        <translation>Choisissez la carte la plus proche de votre activité. Vous pourrez tout changer ensuite.</translation>
    </message>
    <message>
        <source>Your choice fills in a starting point: categories, a few example products you can keep or drop, colours and a theme. It also decides which questions come next: goods need shipping, a service has a duration, a workshop or an event has a date and a place, a download needs neither.</source>
        <translation>Votre choix prépare un point de départ : des catégories, quelques produits d&apos;exemple à garder ou non, des couleurs et un thème. Il décide aussi des questions suivantes : des objets s&apos;expédient, une prestation a une durée, un atelier ou un événement a une date et un lieu, un téléchargement n&apos;a besoin de rien de tout ça.</translation>
    </message>
    <message>
        <source>Kinds of shop</source>
        <translation>Types de boutique</translation>
    </message>
    <message>
        <source>&amp;Example products to keep (untick the ones you don&apos;t want):</source>
        <translation>Produits d&apos;&amp;exemple à garder (décochez ceux dont vous ne voulez pas) :</translation>
    </message>
    <message>
        <source>Example products to keep</source>
        <translation>Produits d&apos;exemple à garder</translation>
    </message>
    <message>
        <source>Your shop file is created. Changing this choice now changes the look and the steps, not your products.</source>
        <translation>Le fichier de votre boutique est créé. Changer ce choix maintenant change l&apos;apparence et les étapes, pas vos produits.</translation>
    </message>
    <message>
        <source>Categories to start with: %1</source>
        <translation>Catégories pour commencer : %1</translation>
    </message>
    <message>
        <source>Choose what you sell (one of the cards) to go on.</source>
        <translation>Choisissez ce que vous vendez (l&apos;une des cartes) pour continuer.</translation>
    </message>
    <message>
        <source>The shop file could not be created: %1. Choose another folder on the first page.</source>
        <translation>Le fichier de la boutique n&apos;a pas pu être créé : %1. Choisissez un autre dossier sur la première page.</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui :</translation>
    </message>
    <message>
        <source>Deliver to:</source>
        <translation>Livrer à :</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Variant / reference</source>
        <translation>Variante / réf.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Your notes (only you see them):</source>
        <translation>Vos notes (vous seul les voyez) :</translation>
    </message>
    <message>
        <source>A note, for example &quot;called the customer&quot;</source>
        <translation>Une note, par exemple « client appelé »</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter la &amp;note</translation>
    </message>
    <message>
        <source>What happened to this order?</source>
        <translation>Où en est cette commande ?</translation>
    </message>
    <message>
        <source>Tracking number of the parcel (optional)</source>
        <translation>Numéro de suivi du colis (facultatif)</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Marquer &amp;payée</translation>
    </message>
    <message>
        <source>Mark s&amp;hipped</source>
        <translation>Marquer e&amp;xpédiée</translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation>Marquer &amp;livrée</translation>
    </message>
    <message>
        <source>&amp;Cancel the order</source>
        <translation>Annuler la co&amp;mmande</translation>
    </message>
    <message>
        <source>Customer &amp;withdrew</source>
        <translation>Le client s&apos;est &amp;rétracté</translation>
    </message>
    <message>
        <source>Write to the customer:</source>
        <translation>Écrire au client :</translation>
    </message>
    <message>
        <source>Payment &amp;received</source>
        <translation>Pa&amp;iement reçu</translation>
    </message>
    <message>
        <source>On its wa&amp;y</source>
        <translation>&amp;En route</translation>
    </message>
    <message>
        <source>Withdrawal ac&amp;knowledged</source>
        <translation>Accu&amp;sé de rétractation</translation>
    </message>
    <message>
        <source>Opens your mail program with the message written, in your shop&apos;s language: read it, then send it.</source>
        <translation>Ouvre votre messagerie avec le message déjà écrit, dans la langue de votre boutique : relisez-le, puis envoyez-le.</translation>
    </message>
    <message>
        <source>Choose an order in the list to see it here.</source>
        <translation>Choisissez une commande dans la liste pour la voir ici.</translation>
    </message>
    <message>
        <source>Order {number} · {status}</source>
        <translation>Commande {number} · {status}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>paid on {when}</source>
        <translation>payée le {when}</translation>
    </message>
    <message>
        <source>not paid yet</source>
        <translation>pas encore payée</translation>
    </message>
    <message>
        <source>Payment: {how} ({paid}).</source>
        <translation>Paiement : {how} ({paid}).</translation>
    </message>
    <message>
        <source>Tracking number: {tracking}</source>
        <translation>Numéro de suivi : {tracking}</translation>
    </message>
    <message>
        <source>Withdrawal declaration {number} received on {when} from {name} ({email}).</source>
        <translation>Déclaration de rétractation {number} reçue le {when} de {name} ({email}).</translation>
    </message>
    <message>
        <source>Withdrawal declaration {number}.</source>
        <translation>Déclaration de rétractation {number}.</translation>
    </message>
    <message>
        <source>Check before refunding: the name or e-mail on withdrawal {number} ({name}, {email}) differs from the order&apos;s. Anyone can file a declaration against an order number; it is not applied until you record it.</source>
        <translation>À vérifier avant de rembourser : le nom ou l&apos;e-mail de la rétractation {number} ({name}, {email}) diffère de celui de la commande. N&apos;importe qui peut déposer une déclaration avec un numéro de commande ; rien n&apos;est appliqué tant que vous ne l&apos;enregistrez pas.</translation>
    </message>
    <message>
        <source>Subtotal: {amount}</source>
        <translation>Sous-total : {amount}</translation>
    </message>
    <message>
        <source>Coupon {code}: −{amount}</source>
        <translation>Code promo {code} : −{amount}</translation>
    </message>
    <message>
        <source>Shipping ({method}): {amount}</source>
        <translation>Livraison ({method}) : {amount}</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Total : {amount}</translation>
    </message>
</context>
<context>
    <name>OrderLabels</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Rétractée</translation>
    </message>
    <message>
        <source>PayPal.me</source>
        <translation>PayPal.me</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <source>Payment on pickup</source>
        <translation>Paiement au retrait</translation>
    </message>
    <message>
        <source>Arranged by e-mail</source>
        <translation>Convenu par e-mail</translation>
    </message>
</context>
<context>
    <name>OrdersLauncher</name>
    <message>
        <source>Orders ({count} new)</source>
        <translation>Commandes ({count} nouvelles)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>See, fetch and handle your shop&apos;s orders, at any time.</source>
        <translation>Voir, récupérer et traiter les commandes de votre boutique, à tout moment.</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>OrdersWindow</name>
    <message>
        <source>Orders — Échoppe</source>
        <translation>Commandes — Échoppe</translation>
    </message>
    <message>
        <source>The orders your customers placed on your site wait on your host, locked so that only your shop file can read them. Fetch them here: each one comes into your shop file and its stock goes down. Then mark each order paid, shipped and delivered as you go; cancelling puts its stock back.</source>
        <translation>Les commandes passées sur votre site attendent sur votre hébergeur, verrouillées pour que seul le fichier de votre boutique puisse les lire. Récupérez-les ici : chacune entre dans le fichier de votre boutique et son stock diminue. Marquez ensuite chaque commande payée, expédiée puis livrée au fil de l&apos;eau ; l&apos;annuler remet son stock en rayon.</translation>
    </message>
    <message>
        <source>Search a number, a name, an e-mail</source>
        <translation>Chercher un numéro, un nom, un e-mail</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Toutes les commandes</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <source>S&amp;tock</source>
        <translation>S&amp;tock</translation>
    </message>
    <message>
        <source>&amp;Book of receipts</source>
        <translation>Li&amp;vre des recettes</translation>
    </message>
    <message>
        <source>{count} new orders to handle</source>
        <translation>Nouvelles commandes à traiter : {count}</translation>
    </message>
    <message>
        <source>No new orders to handle</source>
        <translation>Aucune nouvelle commande à traiter</translation>
    </message>
    <message>
        <source>No order matches your search.</source>
        <translation>Aucune commande ne correspond à votre recherche.</translation>
    </message>
    <message>
        <source>No orders here yet. Orders placed on your site come in when you fetch them.</source>
        <translation>Pas encore de commande ici. Les commandes passées sur votre site arrivent quand vous les récupérez.</translation>
    </message>
    <message>
        <source>No orders with this status.</source>
        <translation>Aucune commande dans cet état.</translation>
    </message>
    <message>
        <source>Cancel order {number}?</source>
        <translation>Annuler la commande {number} ?</translation>
    </message>
    <message>
        <source>The order is cancelled for good and its stock goes back on the shelf. Tell the customer, and refund them if they had paid.</source>
        <translation>La commande est annulée définitivement et son stock revient en rayon. Prévenez le client, et remboursez-le s&apos;il avait payé.</translation>
    </message>
    <message>
        <source>Record the withdrawal of order {number}?</source>
        <translation>Enregistrer la rétractation de la commande {number} ?</translation>
    </message>
    <message>
        <source>The customer used their right of withdrawal: the order is closed for good and its stock goes back on the shelf. Refund them within 14 days.</source>
        <translation>Le client a exercé son droit de rétractation : la commande est close définitivement et son stock revient en rayon. Remboursez-le sous 14 jours.</translation>
    </message>
    <message>
        <source>Careful: the name or e-mail on the withdrawal declaration differs from the order&apos;s. Make sure it comes from your customer first.</source>
        <translation>Attention : le nom ou l&apos;e-mail de la déclaration de rétractation diffère de celui de la commande. Assurez-vous d&apos;abord qu&apos;elle vient bien de votre client.</translation>
    </message>
    <message>
        <source>&amp;Yes, put the stock back</source>
        <translation>&amp;Oui, remettre le stock</translation>
    </message>
    <message>
        <source>&amp;Keep the order</source>
        <translation>&amp;Garder la commande</translation>
    </message>
    <message>
        <source>Stock changed ({changes}). Publish now so your site shows it?</source>
        <translation>Le stock a changé ({changes}). Publier maintenant pour que votre site l&apos;affiche ?</translation>
    </message>
    <message>
        <source>No mail program answered. Write to {email} yourself; the message was:
{body}</source>
        <translation>Aucune messagerie n&apos;a répondu. Écrivez vous-même à {email} ; le message était :
{body}</translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message>
        <source>Your shop was already up to date: nothing changed for your customers.</source>
        <translation>Votre boutique était déjà à jour : rien n&apos;a changé pour vos clients.</translation>
    </message>
    <message>
        <source>Published: your customers now see the new version of your shop.</source>
        <translation>Publié : vos clients voient maintenant la nouvelle version de votre boutique.</translation>
    </message>
    <message>
        <source>Your shop is ready in its folder.</source>
        <translation>Votre boutique est prête dans son dossier.</translation>
    </message>
    <message>
        <source>Your shop is in the folder {folder}. It is not on the Internet yet: open it here to look at it. To put it online, choose &quot;On my web host&quot; above and publish again.</source>
        <translation>Votre boutique est dans le dossier {folder}. Elle n&apos;est pas encore sur Internet : ouvrez-la ici pour la regarder. Pour la mettre en ligne, choisissez « Chez mon hébergeur » ci-dessus et publiez de nouveau.</translation>
    </message>
    <message>
        <source>Your shop is at: {url}
Next: open it to check it, then give this address to your customers.</source>
        <translation>Votre boutique est à l&apos;adresse : {url}
Ensuite : ouvrez-la pour la vérifier, puis donnez cette adresse à vos clients.</translation>
    </message>
    <message>
        <source>Your shop is online, in the folder {folder} of {server}. Type its web address in &quot;Address of your shop&quot; above: Échoppe will check it and you can open it from here.</source>
        <translation>Votre boutique est en ligne, dans le dossier {folder} de {server}. Tapez son adresse Web dans « Adresse de votre boutique » ci-dessus : Échoppe la vérifiera et vous pourrez l&apos;ouvrir d&apos;ici.</translation>
    </message>
    <message>
        <source>{sent} files sent ({size}), {deleted} removed, in {seconds} s.</source>
        <translation>{sent} fichiers envoyés ({size}), {deleted} supprimés, en {seconds} s.</translation>
    </message>
    <message>
        <source>{sent} files written ({size}), {deleted} removed, in {seconds} s.</source>
        <translation>{sent} fichiers écrits ({size}), {deleted} supprimés, en {seconds} s.</translation>
    </message>
    <message>
        <source>removed: {path}</source>
        <translation>supprimé : {path}</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… et {n} de plus.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password needed</source>
        <translation>Mot de passe nécessaire</translation>
    </message>
    <message>
        <source>Passphrase of your key file, to connect as {user} to {host}:</source>
        <translation>Phrase secrète de votre fichier de clé, pour vous connecter en tant que {user} à {host} :</translation>
    </message>
    <message>
        <source>Password of {user} on {host} (it is in the e-mail your host sent you):</source>
        <translation>Mot de passe de {user} sur {host} (il est dans l&apos;e-mail envoyé par votre hébergeur) :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember it on this computer</source>
        <translation>S&apos;en &amp;souvenir sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>The preview appears here once your shop is open.</source>
        <translation>L&apos;aperçu s&apos;affiche ici une fois votre boutique ouverte.</translation>
    </message>
    <message>
        <source>Open in my &amp;browser</source>
        <translation>Ouvrir dans mon &amp;navigateur</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Preview of your shop, as your customers will see it.</source>
        <translation>Aperçu de votre boutique, telle que vos clients la verront.</translation>
    </message>
    <message>
        <source>The preview opened in your web browser ({url}); it updates there by itself after each change.</source>
        <translation>L&apos;aperçu s&apos;est ouvert dans votre navigateur ({url}) ; il s&apos;y met à jour tout seul après chaque modification.</translation>
    </message>
    <message>
        <source>The preview could not be built ({what}).</source>
        <translation>L&apos;aperçu n&apos;a pas pu être fabriqué ({what}).</translation>
    </message>
    <message>
        <source>Address of the preview</source>
        <translation>Adresse de l&apos;aperçu</translation>
    </message>
    <message>
        <source>&amp;Copy the address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>No web browser could be opened on this computer. Copy the address below and paste it into your browser&apos;s address bar.</source>
        <translation>Aucun navigateur web n&apos;a pu s&apos;ouvrir sur cet ordinateur. Copiez l&apos;adresse ci-dessous et collez-la dans la barre d&apos;adresse de votre navigateur.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>The product</source>
        <translation>Le produit</translation>
    </message>
    <message>
        <source>&amp;Name *:</source>
        <translation>&amp;Nom * :</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Prix :</translation>
    </message>
    <message>
        <source>empty = not counted</source>
        <translation>vide = non suivi</translation>
    </message>
    <message>
        <source>S&amp;tock:</source>
        <translation>S&amp;tock :</translation>
    </message>
    <message>
        <source>in grams</source>
        <translation>en grammes</translation>
    </message>
    <message>
        <source>&amp;Weight (g):</source>
        <translation>Poi&amp;ds (g) :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Choose a category, or type a new one (use &gt; for a sub-category: Clothes &gt; T-shirts).</source>
        <translation>Choisissez une catégorie, ou tapez-en une nouvelle (avec &gt; pour une sous-catégorie : Vêtements &gt; T-shirts).</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Mots-c&amp;lés :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>&amp;On sale (shown on the site)</source>
        <translation>En &amp;vente (visible sur le site)</translation>
    </message>
    <message>
        <source>Feat&amp;ured on the home page</source>
        <translation>Mis en avant sur l&apos;acc&amp;ueil</translation>
    </message>
    <message>
        <source>Pa&amp;yment link:</source>
        <translation>Lien de pai&amp;ement :</translation>
    </message>
    <message>
        <source>Optional: a Stripe or PayPal payment link for this product, copied from their website.</source>
        <translation>Facultatif : un lien de paiement Stripe ou PayPal pour ce produit, copié depuis leur site.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>Has a &amp;date</source>
        <translation>A une &amp;date</translation>
    </message>
    <message>
        <source>When, where, how</source>
        <translation>Quand, où, comment</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Lie&amp;u :</translation>
    </message>
    <message>
        <source>Download &amp;link:</source>
        <translation>Lien de &amp;téléchargement :</translation>
    </message>
    <message>
        <source>Where the buyer downloads the file once they have paid (a private link from your cloud storage).</source>
        <translation>Là où l&apos;acheteur télécharge le fichier après avoir payé (un lien privé de votre espace de stockage en ligne).</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Photos of the product</source>
        <translation>Photos du produit</translation>
    </message>
    <message>
        <source>Add p&amp;hotos…</source>
        <translation>Ajouter des p&amp;hotos…</translation>
    </message>
    <message>
        <source>Remove the selected photo</source>
        <translation>Retirer la photo sélectionnée</translation>
    </message>
    <message>
        <source>Drop photos here; drag them to change the order. The first one is the main photo.</source>
        <translation>Déposez les photos ici ; faites-les glisser pour changer l&apos;ordre. La première est la photo principale.</translation>
    </message>
    <message>
        <source>e.g. Size, Colour</source>
        <translation>ex. Taille, Couleur</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Add a &amp;variant</source>
        <translation>Ajouter une &amp;variante</translation>
    </message>
    <message>
        <source>Remove the selected variant</source>
        <translation>Retirer la variante sélectionnée</translation>
    </message>
    <message>
        <source>Options and variants</source>
        <translation>Options et variantes</translation>
    </message>
    <message>
        <source>O&amp;ptions:</source>
        <translation>O&amp;ptions :</translation>
    </message>
    <message>
        <source>Up to three option names separated by commas. Then one row per combination you sell; an empty price means the product&apos;s price.</source>
        <translation>Jusqu&apos;à trois noms d&apos;options séparés par des virgules. Puis une ligne par combinaison que vous vendez ; un prix vide veut dire le prix du produit.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Net quantity</source>
        <translation>Quantité nette</translation>
    </message>
    <message>
        <source>First name the options (e.g. Size), then add variants.</source>
        <translation>Nommez d&apos;abord les options (ex. Taille), puis ajoutez les variantes.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n photo(s)…</source>
        <translation>
            <numerusform>Préparation de %n photo…</numerusform>
            <numerusform>Préparation de %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Some photos could not be used:</source>
        <translation>Certaines photos n&apos;ont pas pu être utilisées :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Variante %1 : %2</translation>
    </message>
    <message>
        <source>Variant %1: write the net quantity like 250 g, 1,5 kg, 75 ml or 1 l.</source>
        <translation>Variante %1 : écrivez la quantité nette comme 250 g, 1,5 kg, 75 ml ou 1 l.</translation>
    </message>
    <message>
        <source>%1: write a whole number, or leave it empty.</source>
        <translation>%1 : écrivez un nombre entier, ou laissez vide.</translation>
    </message>
    <message>
        <source>Reduction:</source>
        <translation>Réduction :</translation>
    </message>
    <message>
        <source>Variant %1: the stock must be a whole number.</source>
        <translation>Variante %1 : le stock doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>%1 instead of %2 (-%3 %), since %4</source>
        <translation>%1 au lieu de %2 (-%3 %), depuis le %4</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved yet: correct what is shown above.</source>
        <translation>Pas encore enregistré : corrigez ce qui est indiqué au-dessus.</translation>
    </message>
    <message>
        <source>This product cannot be saved yet (click Close again to drop the unsaved changes):</source>
        <translation>Ce produit ne peut pas encore être enregistré (cliquez à nouveau sur Fermer pour abandonner les modifications non enregistrées) :</translation>
    </message>
</context>
<context>
    <name>ProductLegalBox</name>
    <message>
        <source>e.g. 250</source>
        <translation>ex. 250</translation>
    </message>
    <message>
        <source>Unit of the net quantity</source>
        <translation>Unité de la quantité nette</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(sans unité)</translation>
    </message>
    <message>
        <source>Net quantity and price per kilogram or litre</source>
        <translation>Quantité nette et prix au kilo ou au litre</translation>
    </message>
    <message>
        <source>Net &amp;quantity:</source>
        <translation>&amp;Quantité nette :</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Prix à l&apos;unité de mesure :</translation>
    </message>
    <message>
        <source>For a product sold by weight or volume, the law asks for the price per kilogram or litre beside the price: the site computes it from the net quantity.</source>
        <translation>Pour un produit vendu au poids ou au volume, la loi demande le prix au kilo ou au litre à côté du prix : le site le calcule à partir de la quantité nette.</translation>
    </message>
    <message>
        <source>Shops of this kind usually need it.</source>
        <translation>Les boutiques de ce genre en ont généralement besoin.</translation>
    </message>
    <message>
        <source>The 14-day right of withdrawal applies</source>
        <translation>Le droit de rétractation de 14 jours s&apos;applique</translation>
    </message>
    <message>
        <source>No withdrawal: made to the customer&apos;s specifications</source>
        <translation>Pas de rétractation : fabriqué selon les spécifications du client</translation>
    </message>
    <message>
        <source>No withdrawal: perishable (deteriorates or expires quickly)</source>
        <translation>Pas de rétractation : périssable (se détériore ou se périme rapidement)</translation>
    </message>
    <message>
        <source>No withdrawal once unsealed (hygiene or health)</source>
        <translation>Pas de rétractation une fois descellé (hygiène ou santé)</translation>
    </message>
    <message>
        <source>No withdrawal: digital content supplied at once, with the customer&apos;s consent</source>
        <translation>Pas de rétractation : contenu numérique fourni immédiatement, avec l&apos;accord du client</translation>
    </message>
    <message>
        <source>Right of withdrawal</source>
        <translation>Droit de rétractation</translation>
    </message>
    <message>
        <source>&amp;Withdrawal:</source>
        <translation>&amp;Rétractation :</translation>
    </message>
    <message>
        <source>Only the cases the law lists (art. L221-28 of the consumer code) remove the right of withdrawal; the product page and the order say so.</source>
        <translation>Seuls les cas que la loi énumère (art. L221-28 du code de la consommation) suppriment le droit de rétractation ; la page du produit et la commande l&apos;indiquent.</translation>
    </message>
    <message>
        <source>the product&apos;s name when empty</source>
        <translation>le nom du produit si vide</translation>
    </message>
    <message>
        <source>e.g. May contain traces of nuts</source>
        <translation>ex. Peut contenir des traces de fruits à coque</translation>
    </message>
    <message>
        <source>e.g. 12 % vol., for drinks above 1.2 %</source>
        <translation>ex. 12 % vol., pour les boissons de plus de 1,2 %</translation>
    </message>
    <message>
        <source>you, when empty</source>
        <translation>vous, si vide</translation>
    </message>
    <message>
        <source>your address, when empty</source>
        <translation>votre adresse, si vide</translation>
    </message>
    <message>
        <source>Food information</source>
        <translation>Informations sur la denrée alimentaire</translation>
    </message>
    <message>
        <source>The law (Regulation (EU) 1169/2011) asks for these before the purchase: the product page shows them.</source>
        <translation>La loi (règlement (UE) 1169/2011) les demande avant l&apos;achat : la page du produit les affiche.</translation>
    </message>
    <message>
        <source>Name of the &amp;food:</source>
        <translation>&amp;Dénomination de la denrée :</translation>
    </message>
    <message>
        <source>&amp;Ingredients:</source>
        <translation>&amp;Ingrédients :</translation>
    </message>
    <message>
        <source>Allergen &amp;note:</source>
        <translation>&amp;Mention sur les allergènes :</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>&amp;Conservation :</translation>
    </message>
    <message>
        <source>Instructions for &amp;use:</source>
        <translation>Mode d&apos;&amp;emploi :</translation>
    </message>
    <message>
        <source>Ori&amp;gin:</source>
        <translation>Ori&amp;gine :</translation>
    </message>
    <message>
        <source>Alco&amp;hol:</source>
        <translation>Alcoo&amp;l :</translation>
    </message>
    <message>
        <source>Food &amp;business operator:</source>
        <translation>Exploitant du secteur &amp;alimentaire :</translation>
    </message>
    <message>
        <source>Operator&apos;s a&amp;ddress:</source>
        <translation>A&amp;dresse de l&apos;exploitant :</translation>
    </message>
    <message>
        <source>I &amp;make it myself (I am the manufacturer)</source>
        <translation>Je le &amp;fabrique moi-même (je suis le fabricant)</translation>
    </message>
    <message>
        <source>The manufacturer is &amp;outside the European Union</source>
        <translation>Le fabricant est &amp;hors de l&apos;Union européenne</translation>
    </message>
    <message>
        <source>batch or model; the product&apos;s reference when empty</source>
        <translation>lot ou modèle ; la référence du produit si vide</translation>
    </message>
    <message>
        <source>Product safety</source>
        <translation>Sécurité du produit</translation>
    </message>
    <message>
        <source>The EU product safety regulation (GPSR) asks the product page to name the manufacturer and give warnings and safety information.</source>
        <translation>Le règlement européen sur la sécurité des produits (RSGP) demande que la page du produit nomme le fabricant et donne les avertissements et consignes de sécurité.</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s na&amp;me:</source>
        <translation>No&amp;m du fabricant :</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s postal address:</source>
        <translation>Adresse postale du fabricant :</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s email:</source>
        <translation>E-mail du fabricant :</translation>
    </message>
    <message>
        <source>EU responsible person:</source>
        <translation>Personne responsable dans l&apos;UE :</translation>
    </message>
    <message>
        <source>Their postal address:</source>
        <translation>Son adresse postale :</translation>
    </message>
    <message>
        <source>Their email:</source>
        <translation>Son e-mail :</translation>
    </message>
    <message>
        <source>Product t&amp;ype:</source>
        <translation>T&amp;ype de produit :</translation>
    </message>
    <message>
        <source>Batch or model re&amp;ference:</source>
        <translation>Numéro de lot ou de modèle (ré&amp;férence) :</translation>
    </message>
    <message>
        <source>Warnings and safety &amp;information:</source>
        <translation>Avertissements et consignes de séc&amp;urité :</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s email</source>
        <translation>E-mail du fabricant</translation>
    </message>
    <message>
        <source>Email of the EU responsible person</source>
        <translation>E-mail de la personne responsable dans l&apos;UE</translation>
    </message>
    <message>
        <source>%1: “%2” is not an email address; the page could not show it.</source>
        <translation>%1 : « %2 » n&apos;est pas une adresse e-mail ; la page ne pourrait pas l&apos;afficher.</translation>
    </message>
    <message>
        <source>Net quantity: write a number greater than zero, like 250 or 0,75.</source>
        <translation>Quantité nette : écrivez un nombre plus grand que zéro, comme 250 ou 0,75.</translation>
    </message>
    <message>
        <source>Net quantity: choose its unit (g, kg, ml or l).</source>
        <translation>Quantité nette : choisissez son unité (g, kg, ml ou l).</translation>
    </message>
    <message>
        <source>none (no net quantity)</source>
        <translation>aucun (pas de quantité nette)</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <source>%1 per %2, shown beside the price</source>
        <translation>%1 le %2, affiché à côté du prix</translation>
    </message>
    <message>
        <source>Emphasised on the page as allergens: %1</source>
        <translation>Mis en évidence sur la page comme allergènes : %1</translation>
    </message>
    <message>
        <source>The 14 allergens (milk, eggs, wheat, nuts…) are emphasised on the page by themselves.</source>
        <translation>Les 14 allergènes (lait, œufs, blé, fruits à coque…) sont mis en évidence sur la page d&apos;eux-mêmes.</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>En vente</translation>
    </message>
    <message>
        <source>Untick to hide this product from the site without deleting it.</source>
        <translation>Décochez pour cacher ce produit du site sans le supprimer.</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Your products</source>
        <translation>Vos produits</translation>
    </message>
    <message>
        <source>What you sell, with prices and photos. Double-click a product to change it.</source>
        <translation>Ce que vous vendez, avec prix et photos. Double-cliquez sur un produit pour le modifier.</translation>
    </message>
    <message>
        <source>Add your products one by one, or import them from a spreadsheet or from WooCommerce or Shopify (CSV file). Untick “On sale” to hide a product without deleting it. The order of the table is the order on your site: drag a row, or use the arrows, to change it. Everything is saved as you type.</source>
        <translation>Ajoutez vos produits un par un, ou importez-les depuis un tableur, WooCommerce ou Shopify (fichier CSV). Décochez « En vente » pour cacher un produit sans le supprimer. L&apos;ordre du tableau est l&apos;ordre sur votre site : faites glisser une ligne, ou utilisez les flèches, pour le changer. Tout est enregistré au fil de la frappe.</translation>
    </message>
    <message>
        <source>&amp;Add a product</source>
        <translation>&amp;Ajouter un produit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Monter (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Descendre (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet or CSV file…</source>
        <translation>&amp;Importer un tableur ou un fichier CSV…</translation>
    </message>
    <message>
        <source>Und&amp;o</source>
        <translation>Annuler la suppressi&amp;on</translation>
    </message>
    <message>
        <source>Excel (.xlsx), LibreOffice (.ods) and CSV files are read as they are. You see what will be imported, and the rows that cannot be, before anything changes.</source>
        <translation>Les fichiers Excel (.xlsx), LibreOffice (.ods) et CSV sont lus tels quels. Vous voyez ce qui sera importé, et les lignes qui ne peuvent pas l’être, avant que rien ne change.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Delete a product</source>
        <translation>Supprimer un produit</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this right after.</source>
        <translation>Supprimer « %1 » ? Vous pourrez annuler juste après.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>« %1 » a été supprimé.</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (%1)</source>
        <translation>Tableurs et fichiers CSV (%1)</translation>
    </message>
    <message>
        <source>Read the characters of those lines as Windows-1252 and the rest as UTF-8? The preview then names those lines so that you can check them.</source>
        <translation>Lire les caractères de ces lignes en Windows-1252 et le reste en UTF-8 ? L’aperçu nomme alors ces lignes pour que vous puissiez les vérifier.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Add at least one product to go on (or import a file).</source>
        <translation>Ajoutez au moins un produit pour continuer (ou importez un fichier).</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>Publish your shop</source>
        <translation>Publier votre boutique</translation>
    </message>
    <message>
        <source>Put your shop on the Web, or in a folder on this computer to try it.</source>
        <translation>Mettez votre boutique sur le Web, ou dans un dossier de cet ordinateur pour l&apos;essayer.</translation>
    </message>
    <message>
        <source>Your web host gave you an SFTP login: a server name, a user name and a password, and the folder your site goes in. Choose your host in the list to fill the usual values, then click &quot;Test the connection&quot;. No host yet? Publish to a folder on this computer: you can open your shop from there and publish it online later. Only what changed is sent each time.</source>
        <translation>Votre hébergeur vous a donné un accès SFTP : un nom de serveur, un identifiant, un mot de passe, et le dossier où va votre site. Choisissez votre hébergeur dans la liste pour remplir les valeurs habituelles, puis cliquez sur « Tester la connexion ». Pas encore d&apos;hébergeur ? Publiez dans un dossier de cet ordinateur : vous pourrez y ouvrir votre boutique et la mettre en ligne plus tard. Seul ce qui a changé est envoyé à chaque fois.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>Pu&amp;blier</translation>
    </message>
    <message>
        <source>&amp;Publish my changes</source>
        <translation>Pu&amp;blier mes modifications</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({what}). Try again; if it happens again, please tell us what you were doing.</source>
        <translation>Un problème inattendu est survenu ({what}). Réessayez ; si cela se reproduit, dites-nous ce que vous faisiez.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>It works: connected to {server}, the folder {folder} is ready.</source>
        <translation>Ça marche : connecté à {server}, le dossier {folder} est prêt.</translation>
    </message>
    <message>
        <source>Connected to {server}, but the folder {folder} does not exist yet: it will be created when you publish. Check its name (for example www/ or public_html/).</source>
        <translation>Connecté à {server}, mais le dossier {folder} n&apos;existe pas encore : il sera créé à la publication. Vérifiez son nom (par exemple www/ ou public_html/).</translation>
    </message>
    <message>
        <source>Connected to {server}, but this login may not write in the folder {folder}. Check the folder of your site, or ask your host.</source>
        <translation>Connecté à {server}, mais cet identifiant ne peut peut-être pas écrire dans le dossier {folder}. Vérifiez le dossier de votre site, ou demandez à votre hébergeur.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Backup passphrase kept: an encrypted copy of your shop will go to your host after each publish.</source>
        <translation>Phrase secrète de sauvegarde gardée : une copie chiffrée de votre boutique partira chez votre hébergeur après chaque publication.</translation>
    </message>
    <message>
        <source>This computer has no safe password store, so the backup passphrase cannot be kept and no encrypted copy can go to your host.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de mots de passe sûr : la phrase secrète de sauvegarde ne peut pas être gardée et aucune copie chiffrée ne peut partir chez votre hébergeur.</translation>
    </message>
    <message>
        <source>This folder is not empty</source>
        <translation>Ce dossier n&apos;est pas vide</translation>
    </message>
    <message>
        <source>Publish &amp;anyway</source>
        <translation>Publier &amp;quand même</translation>
    </message>
    <message>
        <source>You refused the server&apos;s identity: nothing was sent. Check the server name, or ask your host for its SSH fingerprint.</source>
        <translation>Vous avez refusé l&apos;identité du serveur : rien n&apos;a été envoyé. Vérifiez le nom du serveur, ou demandez à votre hébergeur son empreinte SSH.</translation>
    </message>
    <message>
        <source>Your legal notice must also name your host: its name, address and phone, filled in when you choose it in the list. At the bottom, Échoppe lists what the law still asks of your shop, each with a button that takes you where to fill it in.</source>
        <translation>Vos mentions légales doivent aussi nommer votre hébergeur : son nom, son adresse et son téléphone, remplis quand vous le choisissez dans la liste. En bas, Échoppe liste ce que la loi demande encore à votre boutique, chaque point avec un bouton qui vous mène là où le compléter.</translation>
    </message>
</context>
<context>
    <name>PublishPanel</name>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>Pu&amp;blier</translation>
    </message>
    <message>
        <source>What will &amp;change?</source>
        <translation>Qu&apos;est-ce qui va &amp;changer ?</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Back&amp;up passphrase…</source>
        <translation>Phrase secrète de sa&amp;uvegarde…</translation>
    </message>
    <message>
        <source>Publishing progress</source>
        <translation>Avancement de la publication</translation>
    </message>
    <message>
        <source>&amp;Open my shop</source>
        <translation>&amp;Ouvrir ma boutique</translation>
    </message>
    <message>
        <source>Print a &amp;flyer…</source>
        <translation>&amp;Imprimer un prospectus…</translation>
    </message>
    <message>
        <source>A flyer with a QR code to your shop, for a market stall or a parcel</source>
        <translation>Un prospectus avec un QR code vers votre boutique, pour un stand de marché ou un colis</translation>
    </message>
    <message>
        <source>Preparing your pages…</source>
        <translation>Préparation de vos pages…</translation>
    </message>
    <message>
        <source>Stopping after the file being sent…</source>
        <translation>Arrêt après le fichier en cours d&apos;envoi…</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… et {n} de plus.</translation>
    </message>
    <message>
        <source>Before you open to the public, complete this:</source>
        <translation>Avant d&apos;ouvrir au public, complétez ceci :</translation>
    </message>
    <message>
        <source>Your products are also in two shopping feeds: {google} for Google and {meta} for Facebook and Instagram.</source>
        <translation>Vos produits sont aussi dans deux flux d&apos;achat : {google} pour Google et {meta} pour Facebook et Instagram.</translation>
    </message>
    <message>
        <source>To show them for free, add the first address in Google Merchant Center under Products › Feeds (Data sources in the newer Merchant Center), and the second in Meta Commerce Manager under Catalogue › Data sources, as a scheduled feed.</source>
        <translation>Pour les montrer gratuitement, ajoutez la première adresse dans Google Merchant Center, sous Produits › Flux (Sources de données dans le nouveau Merchant Center), et la seconde dans Meta Commerce Manager, sous Catalogue › Sources de données, comme flux programmé.</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>et {n} autres</translation>
    </message>
    <message>
        <source>Left out of the feeds because they have no picture ({n}): {names}. Add a picture on the Products page and publish again.</source>
        <translation>Absents des flux faute de photo ({n}) : {names}. Ajoutez une photo sur la page Produits et publiez à nouveau.</translation>
    </message>
    <message>
        <source>Connecting to your host…</source>
        <translation>Connexion à votre hébergeur…</translation>
    </message>
    <message>
        <source>Sending your shop…</source>
        <translation>Envoi de votre boutique…</translation>
    </message>
    <message>
        <source>Removing pages you deleted…</source>
        <translation>Suppression des pages que vous avez retirées…</translation>
    </message>
    <message>
        <source>Checking your shop&apos;s address…</source>
        <translation>Vérification de l&apos;adresse de votre boutique…</translation>
    </message>
    <message>
        <source>Preparing your pages… {done} of {total}</source>
        <translation>Préparation de vos pages… {done} sur {total}</translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation>{done} fichiers sur {total}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>Sending your shop: {details}</source>
        <translation>Envoi de votre boutique : {details}</translation>
    </message>
    <message>
        <source>a few seconds left</source>
        <translation>encore quelques secondes</translation>
    </message>
    <message>
        <source>about {n} s left</source>
        <translation>environ {n} s restantes</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>environ {n} min restantes</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
</context>
<context>
    <name>ReceiptsPanel</name>
    <message>
        <source>A micro-entrepreneur keeps a book of receipts: each payment received, with its date, reference, customer, what was sold, the amount and how it was paid. Échoppe writes it from the orders you marked paid (a cancelled or withdrawn order after payment gets its refund line).</source>
        <translation>Un micro-entrepreneur tient un livre des recettes : chaque paiement reçu, avec sa date, sa référence, le client, ce qui a été vendu, le montant et le moyen de paiement. Échoppe le tient à partir des commandes que vous avez marquées payées (une commande annulée ou rétractée après paiement y a sa ligne de remboursement).</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>The whole year</source>
        <translation>Toute l&apos;année</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>PDF, to print</source>
        <translation>PDF, à imprimer</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation>CSV, pour un tableur</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat :</translation>
    </message>
    <message>
        <source>Where to save it</source>
        <translation>Où l&apos;enregistrer</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Enregistrer &amp;sous :</translation>
    </message>
    <message>
        <source>&amp;Write the book of receipts</source>
        <translation>Écrire le livre des rec&amp;ettes</translation>
    </message>
    <message>
        <source>Nothing for {period} yet: an order appears here once you mark it paid in the Orders tab.</source>
        <translation>Rien pour {period} pour l&apos;instant : une commande apparaît ici dès que vous la marquez payée dans l&apos;onglet Commandes.</translation>
    </message>
    <message>
        <source>For {period}: payments received: {payments}</source>
        <translation>Pour {period} : paiements reçus : {payments}</translation>
    </message>
    <message>
        <source>, refunds: {refunds}</source>
        <translation>, remboursements : {refunds}</translation>
    </message>
    <message>
        <source>, {amount} in all</source>
        <translation>, {amount} au total</translation>
    </message>
    <message>
        <source>book-of-receipts-{period}</source>
        <translation>livre-des-recettes-{period}</translation>
    </message>
    <message>
        <source>Save the book of receipts</source>
        <translation>Enregistrer le livre des recettes</translation>
    </message>
    <message>
        <source>Choose where to save the book of receipts.</source>
        <translation>Choisissez où enregistrer le livre des recettes.</translation>
    </message>
    <message>
        <source>{count} receipts written to {path}.</source>
        <translation>Recettes écrites : {count}, dans {path}.</translation>
    </message>
    <message>
        <source>The book of receipts could not be written: {error}</source>
        <translation>Le livre des recettes n&apos;a pas pu être écrit : {error}</translation>
    </message>
</context>
<context>
    <name>ReductionNote</name>
    <message>
        <source>Show a reduction (the former price crossed out)</source>
        <translation>Afficher une réduction (l&apos;ancien prix barré)</translation>
    </message>
    <message>
        <source>The law (art. L112-1-1 of the consumer code) sets the former price: the lowest price of the 30 days before the reduction began. You cannot choose it.</source>
        <translation>La loi (art. L112-1-1 du code de la consommation) fixe le prix de référence : le prix le plus bas des 30 jours précédant le début de la réduction. Vous ne pouvez pas le choisir.</translation>
    </message>
    <message>
        <source>No reduction can be shown now: the price is not below the lowest price of the last 30 days. Lower the price itself, and the site shows the right former price.</source>
        <translation>Aucune réduction ne peut être affichée pour l&apos;instant : le prix n&apos;est pas inférieur au prix le plus bas des 30 derniers jours. Baissez le prix lui-même, et le site affiche le bon prix de référence.</translation>
    </message>
    <message>
        <source>The site will show: %1.</source>
        <translation>Le site affichera : %1.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a shop</source>
        <translation>Restaurer une boutique</translation>
    </message>
    <message>
        <source>The restored shop opens as a new file: your current shop file is never replaced.</source>
        <translation>La boutique restaurée s&apos;ouvre dans un nouveau fichier : votre fichier de boutique actuel n&apos;est jamais remplacé.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Choose the shop whose backups you want to see.</source>
        <translation>Choisissez la boutique dont vous voulez voir les sauvegardes.</translation>
    </message>
    <message>
        <source>&amp;Shop file…</source>
        <translation>&amp;Fichier de boutique…</translation>
    </message>
    <message>
        <source>Backups of this shop</source>
        <translation>Sauvegardes de cette boutique</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>From this &amp;computer</source>
        <translation>Depuis cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>Which shop?</source>
        <translation>Quelle boutique ?</translation>
    </message>
    <message>
        <source>Échoppe shops (*.echoppe)</source>
        <translation>Boutiques Échoppe (*.echoppe)</translation>
    </message>
    <message>
        <source>Backups of {name}:</source>
        <translation>Sauvegardes de {name} :</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Site folder:</source>
        <translation>Dossier du site :</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>Phrase secrète de sauvegarde :</translation>
    </message>
    <message>
        <source>New shop file:</source>
        <translation>Nouveau fichier de boutique :</translation>
    </message>
    <message>
        <source>From my &amp;host</source>
        <translation>Depuis mon &amp;hébergeur</translation>
    </message>
    <message>
        <source>Save the restored shop as</source>
        <translation>Enregistrer la boutique restaurée sous</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Choisissez d&apos;abord une sauvegarde dans la liste.</translation>
    </message>
    <message>
        <source>Fill in the server, the login, the backup passphrase and the new file&apos;s name.</source>
        <translation>Indiquez le serveur, l&apos;identifiant, la phrase secrète de sauvegarde et le nom du nouveau fichier.</translation>
    </message>
    <message>
        <source>Unknown server</source>
        <translation>Serveur inconnu</translation>
    </message>
</context>
<context>
    <name>SellingPage</name>
    <message>
        <source>How you sell</source>
        <translation>Comment vous vendez</translation>
    </message>
    <message>
        <source>How customers order and pay. The defaults work: you can come back later.</source>
        <translation>Comment vos clients commandent et paient. Les réglages par défaut fonctionnent : vous pourrez revenir plus tard.</translation>
    </message>
    <message>
        <source>Your site needs no server of its own. With “order by email”, the customer fills a basket and sends you the order by email; you reply with how to pay. Payment links (Stripe, PayPal) let them pay a product at once. A PayPal.me name lets them pay the basket total. Each order email lists every item, so you can always check the amount.</source>
        <translation>Votre site n&apos;a pas besoin de serveur à lui. Avec la « commande par e-mail », le client remplit un panier et vous envoie sa commande par e-mail ; vous répondez en indiquant comment payer. Les liens de paiement (Stripe, PayPal) lui permettent de payer un produit tout de suite. Un nom PayPal.me lui permet de payer le total du panier. Chaque e-mail de commande détaille tous les articles : vous pouvez toujours vérifier le montant.</translation>
    </message>
    <message>
        <source>Ordering and paying</source>
        <translation>Commander et payer</translation>
    </message>
    <message>
        <source>Customers &amp;order by email</source>
        <translation>Les clients &amp;commandent par e-mail</translation>
    </message>
    <message>
        <source>The basket opens the customer&apos;s email with the order written out; you receive it and answer.</source>
        <translation>Le panier ouvre la messagerie du client avec la commande déjà rédigée ; vous la recevez et vous répondez.</translation>
    </message>
    <message>
        <source>Orders go to &amp;this address:</source>
        <translation>Les commandes arrivent à &amp;cette adresse :</translation>
    </message>
    <message>
        <source>Show each product&apos;s &amp;payment link</source>
        <translation>Afficher le lien de pai&amp;ement de chaque produit</translation>
    </message>
    <message>
        <source>Paste a Stripe or PayPal payment link in a product to show a “Pay now” button for it.</source>
        <translation>Collez un lien de paiement Stripe ou PayPal dans un produit pour afficher un bouton « Payer maintenant ».</translation>
    </message>
    <message>
        <source>your PayPal.me name, e.g. leabocaux</source>
        <translation>votre nom PayPal.me, ex. leabocaux</translation>
    </message>
    <message>
        <source>PayPal.&amp;me name:</source>
        <translation>Nom PayPal.&amp;me :</translation>
    </message>
    <message>
        <source>Customers can then pay the basket total at paypal.me/yourname. Leave empty if you don&apos;t use PayPal.</source>
        <translation>Vos clients peuvent alors payer le total du panier sur paypal.me/votrenom. Laissez vide si vous n&apos;utilisez pas PayPal.</translation>
    </message>
    <message>
        <source>Take the orders on my &amp;host (order desk, needs PHP)</source>
        <translation>Prendre les commandes sur mon &amp;hébergement (prise de commande, PHP requis)</translation>
    </message>
    <message>
        <source>A few small PHP files published with your site take each order, compute the total again, email the customer a confirmation and keep the order, sealed, for you to fetch. Publishing checks that the host runs PHP; without it, customers order by email.</source>
        <translation>Quelques petits fichiers PHP publiés avec votre site reçoivent chaque commande, recalculent le total, envoient une confirmation au client et gardent la commande, scellée, pour que vous la récupériez. La publication vérifie que l&apos;hébergement exécute PHP ; sinon, les clients commandent par e-mail.</translation>
    </message>
    <message>
        <source>optional, e.g. FR76 3000 6000 0112 3456 7890 189</source>
        <translation>facultatif, p. ex. FR76 3000 6000 0112 3456 7890 189</translation>
    </message>
    <message>
        <source>IBAN for bank &amp;transfers:</source>
        <translation>IBAN pour les &amp;virements :</translation>
    </message>
    <message>
        <source>Discount codes</source>
        <translation>Codes de réduction</translation>
    </message>
    <message>
        <source>A code the customer types in the basket for a discount, like WELCOME10. Anyone reading your site can find the codes: check each order.</source>
        <translation>Un code que le client tape dans le panier pour avoir une remise, comme BIENVENUE10. Quiconque lit votre site peut trouver les codes : vérifiez chaque commande.</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>Pourcentage de remise</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Montant de remise</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>ex. 10</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>AAAA-MM-JJ, facultatif</translation>
    </message>
    <message>
        <source>Co&amp;de, kind, value:</source>
        <translation>Co&amp;de, type, valeur :</translation>
    </message>
    <message>
        <source>Minimum order, from, until:</source>
        <translation>Commande minimum, du, au :</translation>
    </message>
    <message>
        <source>&amp;Save the code</source>
        <translation>&amp;Enregistrer le code</translation>
    </message>
    <message>
        <source>Delete the selected code</source>
        <translation>Supprimer le code sélectionné</translation>
    </message>
    <message>
        <source>Print a &amp;flyer with this code…</source>
        <translation>&amp;Imprimer un prospectus avec ce code…</translation>
    </message>
    <message>
        <source>A flyer with the code and a QR code to your shop, for a market stall or a parcel (the shop must be online)</source>
        <translation>Un prospectus avec le code et un QR code vers votre boutique, pour un stand de marché ou un colis (la boutique doit être en ligne)</translation>
    </message>
    <message>
        <source>Promotion banner</source>
        <translation>Bandeau de promotion</translation>
    </message>
    <message>
        <source>e.g. −10 % on your first order with WELCOME10</source>
        <translation>ex. −10 % sur votre première commande avec BIENVENUE10</translation>
    </message>
    <message>
        <source>Banne&amp;r text:</source>
        <translation>Texte du &amp;bandeau :</translation>
    </message>
    <message>
        <source>Code it adverti&amp;ses:</source>
        <translation>Code mis en a&amp;vant :</translation>
    </message>
    <message>
        <source>Shown at the top of every page while it is filled in. Leave empty for no banner.</source>
        <translation>Affiché en haut de chaque page tant qu&apos;il est rempli. Laissez vide pour ne pas avoir de bandeau.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Off: customers order by email.</source>
        <translation>Désactivée : les clients commandent par e-mail.</translation>
    </message>
    <message>
        <source>On, but you publish to a folder: there is no PHP there, customers order by email.</source>
        <translation>Activée, mais vous publiez dans un dossier : il n&apos;y a pas de PHP, les clients commandent par e-mail.</translation>
    </message>
    <message>
        <source>On: set the shop&apos;s public address on the Publish page, the desk needs it.</source>
        <translation>Activée : indiquez l&apos;adresse publique de la boutique sur la page Publier, la prise de commande en a besoin.</translation>
    </message>
    <message>
        <source>On: the next publish checks that your host runs PHP.</source>
        <translation>Activée : la prochaine publication vérifiera que votre hébergement exécute PHP.</translation>
    </message>
    <message>
        <source>On and online (PHP %1 on your host).</source>
        <translation>Activée et en ligne (PHP %1 sur votre hébergement).</translation>
    </message>
    <message>
        <source>On, but your host did not run PHP with sodium and mail() at the last publish: customers order by email.</source>
        <translation>Activée, mais votre hébergement n&apos;a pas exécuté PHP avec sodium et mail() à la dernière publication : les clients commandent par e-mail.</translation>
    </message>
    <message>
        <source>Its private key is kept in the shop file: back up the shop file.</source>
        <translation>Sa clé privée est gardée dans le fichier de la boutique : sauvegardez ce fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it like 2026-12-24.</source>
        <translation>« %1 » n&apos;est pas une date : écrivez-la comme 2026-12-24.</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valeur : %1</translation>
    </message>
    <message>
        <source>Minimum order: %1</source>
        <translation>Commande minimum : %1</translation>
    </message>
    <message>
        <source>Orders by email need a valid address here (or on the “Your shop” page) to go on.</source>
        <translation>Les commandes par e-mail demandent une adresse valide ici (ou sur la page « Votre boutique ») pour continuer.</translation>
    </message>
    <message>
        <source>Choose at least one way for customers to order: by email, payment links or PayPal.me.</source>
        <translation>Choisissez au moins une façon de commander pour vos clients : par e-mail, liens de paiement ou PayPal.me.</translation>
    </message>
</context>
<context>
    <name>ShippingPage</name>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>What delivery costs your customers. The basket adds it to the order.</source>
        <translation>Ce que la livraison coûte à vos clients. Le panier l&apos;ajoute à la commande.</translation>
    </message>
    <message>
        <source>Give one line per way of sending: where to (France, European Union, whole world) and how the price works — one price, free above an order amount, or a price up to a weight. The customer picks one in the basket. A sensible start is already there. The law asks for a firm delivery deadline: the terms of sale promise each option&apos;s (30 days when you give none). Pickup lets customers collect their order from you, free by default; give its address and opening hours.</source>
        <translation>Une ligne par façon d&apos;envoyer : vers où (France, Union européenne, monde entier) et comment se calcule le prix — un prix unique, offert au-delà d&apos;un montant de commande, ou un prix jusqu&apos;à un poids. Le client en choisit une dans le panier. Un point de départ raisonnable est déjà là. La loi demande un délai de livraison ferme : les CGV promettent celui de chaque option (30 jours si vous n&apos;en donnez pas). Le retrait sur place permet aux clients de venir chercher leur commande chez vous, gratuitement par défaut ; indiquez son adresse et ses horaires.</translation>
    </message>
    <message>
        <source>e.g. Colissimo</source>
        <translation>ex. Colissimo</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>&amp;Where to:</source>
        <translation>&amp;Vers où :</translation>
    </message>
    <message>
        <source>&amp;How the price works:</source>
        <translation>&amp;Calcul du prix :</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>P&amp;rix :</translation>
    </message>
    <message>
        <source>&amp;Free from (order amount):</source>
        <translation>&amp;Offerte à partir de (montant) :</translation>
    </message>
    <message>
        <source>Up to this &amp;weight (g):</source>
        <translation>Jusqu&apos;à ce p&amp;oids (g) :</translation>
    </message>
    <message numerus="yes">
        <source>not said: %n day(s)</source>
        <translation>
            <numerusform>non précisé : %n jour</numerusform>
            <numerusform>non précisé : %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> jour(s)</translation>
    </message>
    <message>
        <source>The terms of sale promise “delivered within N days” (art. L216-1 of the consumer code): without a deadline, the law says 30 days.</source>
        <translation>Les CGV promettent « livré sous N jours » (art. L216-1 du code de la consommation) : sans délai indiqué, la loi dit 30 jours.</translation>
    </message>
    <message>
        <source>Pic&amp;kup: the customer collects the order (free by default)</source>
        <translation>Retrait sur pla&amp;ce : le client vient chercher sa commande (gratuit par défaut)</translation>
    </message>
    <message>
        <source>where the customer comes, e.g. 12 rue des Lilas, 69001 Lyon</source>
        <translation>où vient le client, ex. 12 rue des Lilas, 69001 Lyon</translation>
    </message>
    <message>
        <source>Pickup add&amp;ress:</source>
        <translation>Adresse du &amp;retrait :</translation>
    </message>
    <message>
        <source>e.g. Saturday 9 am – 12 pm, or by appointment</source>
        <translation>ex. samedi 9 h – 12 h, ou sur rendez-vous</translation>
    </message>
    <message>
        <source>Opening &amp;hours:</source>
        <translation>&amp;Horaires d&apos;ouverture :</translation>
    </message>
    <message>
        <source>&amp;Add this rate</source>
        <translation>&amp;Ajouter ce tarif</translation>
    </message>
    <message>
        <source>&amp;Update the selected rate</source>
        <translation>&amp;Mettre à jour le tarif sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete the selected rate</source>
        <translation>Supp&amp;rimer le tarif sélectionné</translation>
    </message>
    <message>
        <source>Ready for pickup &amp;within:</source>
        <translation>Prêt à retirer so&amp;us :</translation>
    </message>
    <message>
        <source>Delivered &amp;within:</source>
        <translation>Livré so&amp;us :</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Prix : %1</translation>
    </message>
    <message>
        <source>Free from: %1</source>
        <translation>Gratuit dès : %1</translation>
    </message>
    <message>
        <source>The weight is a whole number of grams, like 2000.</source>
        <translation>Le poids est un nombre entier de grammes, comme 2000.</translation>
    </message>
    <message>
        <source>Give the pickup address and opening hours: the terms of sale show them.</source>
        <translation>Indiquez l&apos;adresse et les horaires du retrait : les CGV les affichent.</translation>
    </message>
</context>
<context>
    <name>ShippingTableModel</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Monde entier</translation>
    </message>
    <message>
        <source>One price</source>
        <translation>Prix unique</translation>
    </message>
    <message>
        <source>Free above an amount</source>
        <translation>Offerte à partir d&apos;un montant</translation>
    </message>
    <message>
        <source>Up to a weight</source>
        <translation>Jusqu&apos;à un poids</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Free above</source>
        <translation>Offerte dès</translation>
    </message>
    <message>
        <source>Max. weight (g)</source>
        <translation>Poids max. (g)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not said)</source>
        <translation>%1 (non précisé)</translation>
    </message>
    <message>
        <source>pickup, %1</source>
        <translation>retrait, %1</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>Votre boutique</translation>
    </message>
    <message>
        <source>Who you are and how to reach you. Fields marked * are needed to go on.</source>
        <translation>Qui vous êtes et comment vous joindre. Les champs marqués * sont nécessaires pour continuer.</translation>
    </message>
    <message>
        <source>The name, tagline and text about you appear on every page of your site. The law asks any online seller to say who they are, where they can be reached and how a customer can settle a dispute: Échoppe writes the legal pages from the “Who sells” part. You can fill it in later; publishing reminds you of what is missing.</source>
        <translation>Le nom, le slogan et le texte de présentation apparaissent sur toutes les pages de votre site. La loi demande à tout vendeur en ligne de dire qui il est, où le joindre et comment un client peut régler un litige : Échoppe rédige les pages légales à partir de la partie « Qui vend ». Vous pouvez la remplir plus tard ; la publication vous rappellera ce qui manque.</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>La boutique</translation>
    </message>
    <message>
        <source>Shop na&amp;me *:</source>
        <translation>No&amp;m de la boutique * :</translation>
    </message>
    <message>
        <source>One sentence: what you sell and for whom</source>
        <translation>Une phrase : ce que vous vendez et à qui</translation>
    </message>
    <message>
        <source>&amp;Tagline:</source>
        <translation>Slo&amp;gan :</translation>
    </message>
    <message>
        <source>A few words about you and your work (shown on the “About” page)</source>
        <translation>Quelques mots sur vous et votre travail (affichés sur la page « À propos »)</translation>
    </message>
    <message>
        <source>&amp;About you:</source>
        <translation>À pr&amp;opos de vous :</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>Choisir un &amp;logo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Or drop an image file on the frame.</source>
        <translation>Ou déposez une image dans le cadre.</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>Main colour</source>
        <translation>Couleur principale</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Couleur d&apos;accent</translation>
    </message>
    <message>
        <source>Main:</source>
        <translation>Principale :</translation>
    </message>
    <message>
        <source>Accent:</source>
        <translation>Accent :</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs :</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Language of the &amp;site:</source>
        <translation>Langue du s&amp;ite :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mo&amp;nnaie :</translation>
    </message>
    <message>
        <source>How customers reach you</source>
        <translation>Comment vos clients vous joignent</translation>
    </message>
    <message>
        <source>&amp;Email *:</source>
        <translation>&amp;E-mail * :</translation>
    </message>
    <message>
        <source>Orders arrive at this address, and the law asks that customers can write to you.</source>
        <translation>Les commandes arrivent à cette adresse, et la loi demande que les clients puissent vous écrire.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Address of the &amp;website:</source>
        <translation>Adresse du site &amp;Web :</translation>
    </message>
    <message>
        <source>Where your shop will be on the Web, if you know it already (your host gives it to you). Used for links shared on social networks.</source>
        <translation>Là où sera votre boutique sur le Web, si vous le savez déjà (votre hébergeur vous la donne). Sert aux liens partagés sur les réseaux sociaux.</translation>
    </message>
    <message>
        <source>Who sells (for the legal pages)</source>
        <translation>Qui vend (pour les pages légales)</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>The law asks a seller to give their real name, so customers know who they buy from.</source>
        <translation>La loi demande au vendeur de donner son vrai nom, pour que les clients sachent à qui ils achètent.</translation>
    </message>
    <message>
        <source>A micro-entrepreneur writes “EI” (entrepreneur individuel) after their name: the law requires it since 2022.</source>
        <translation>Un micro-entrepreneur écrit « EI » (entrepreneur individuel) après son nom : la loi l&apos;exige depuis 2022.</translation>
    </message>
    <message>
        <source>Your &amp;legal name:</source>
        <translation>Votre nom &amp;légal :</translation>
    </message>
    <message>
        <source>Your own name followed by “EI” if you are a micro-entrepreneur.</source>
        <translation>Votre nom suivi de « EI » si vous êtes micro-entrepreneur.</translation>
    </message>
    <message>
        <source>A postal address where you can be reached is compulsory for any online seller.</source>
        <translation>Une adresse postale où vous joindre est obligatoire pour tout vendeur en ligne.</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation>A&amp;dresse postale :</translation>
    </message>
    <message>
        <source>Your business number (14 digits), on your registration certificate or on annuaire-entreprises.data.gouv.fr.</source>
        <translation>Votre numéro d&apos;entreprise (14 chiffres), sur votre certificat d&apos;inscription ou sur annuaire-entreprises.data.gouv.fr.</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>SI&amp;RET :</translation>
    </message>
    <message>
        <source>Not subject to VAT (franchise en base)</source>
        <translation>Non assujetti à la TVA (franchise en base)</translation>
    </message>
    <message>
        <source>Subject to VAT</source>
        <translation>Assujetti à la TVA</translation>
    </message>
    <message>
        <source>Most micro-entrepreneurs do not charge VAT: the site then shows “TVA non applicable, art. 293 B du CGI”, as the law asks.</source>
        <translation>La plupart des micro-entrepreneurs ne facturent pas la TVA : le site affiche alors « TVA non applicable, art. 293 B du CGI », comme la loi le demande.</translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation>T&amp;VA :</translation>
    </message>
    <message>
        <source>VAT numbe&amp;r:</source>
        <translation>&amp;Numéro de TVA :</translation>
    </message>
    <message>
        <source>Every seller to consumers must offer a free consumer mediator for disputes; you sign up with one (e.g. CM2C, Medicys).</source>
        <translation>Tout vendeur aux particuliers doit proposer un médiateur de la consommation gratuit pour les litiges ; vous adhérez auprès de l&apos;un d&apos;eux (ex. CM2C, Medicys).</translation>
    </message>
    <message>
        <source>Consumer &amp;mediator:</source>
        <translation>&amp;Médiateur de la consommation :</translation>
    </message>
    <message>
        <source>Mediator&apos;s &amp;website:</source>
        <translation>Site &amp;Web du médiateur :</translation>
    </message>
    <message>
        <source>A customer who disagrees with you can turn to this mediator for free: the law asks you to name one.</source>
        <translation>Un client en désaccord avec vous peut s&apos;adresser gratuitement à ce médiateur : la loi vous demande d&apos;en désigner un.</translation>
    </message>
    <message>
        <source>Your web host&apos;s name is filled in later, on the Publish page (Who hosts your site).</source>
        <translation>Le nom de votre hébergeur se remplit plus tard, dans la page Publier (Qui héberge votre site).</translation>
    </message>
    <message>
        <source>Still needed before publishing: %1</source>
        <translation>Encore nécessaire avant de publier : %1</translation>
    </message>
    <message>
        <source>Everything this page needs is there.</source>
        <translation>Tout ce que cette page demande est là.</translation>
    </message>
    <message>
        <source>Everything the legal pages need is there.</source>
        <translation>Tout ce dont les pages légales ont besoin est là.</translation>
    </message>
    <message>
        <source>Drop your logo here</source>
        <translation>Déposez votre logo ici</translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation>Choisissez votre logo</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>This image could not be used: %1</source>
        <translation>Cette image n&apos;a pas pu être utilisée : %1</translation>
    </message>
    <message>
        <source>Give your shop a name to go on.</source>
        <translation>Donnez un nom à votre boutique pour continuer.</translation>
    </message>
    <message>
        <source>Give an email address where customers can reach you to go on.</source>
        <translation>Donnez une adresse e-mail où vos clients peuvent vous joindre pour continuer.</translation>
    </message>
</context>
<context>
    <name>ShopWizard</name>
    <message>
        <source>Échoppe — open your shop</source>
        <translation>Échoppe — ouvrez votre boutique</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Aide (F1)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>What you sell</source>
        <translation>Ce que vous vendez</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Votre boutique</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
</context>
<context>
    <name>SiteChanges</name>
    <message>
        <source>the home page</source>
        <translation>la page d&apos;accueil</translation>
    </message>
    <message>
        <source>the list of all products</source>
        <translation>la liste de tous les produits</translation>
    </message>
    <message>
        <source>the basket</source>
        <translation>le panier</translation>
    </message>
    <message>
        <source>the About page</source>
        <translation>la page « À propos »</translation>
    </message>
    <message>
        <source>the contact page</source>
        <translation>la page de contact</translation>
    </message>
    <message>
        <source>the legal notice</source>
        <translation>les mentions légales</translation>
    </message>
    <message>
        <source>the terms of sale</source>
        <translation>les conditions générales de vente</translation>
    </message>
    <message>
        <source>the privacy page</source>
        <translation>la page de confidentialité</translation>
    </message>
    <message>
        <source>the search page</source>
        <translation>la page de recherche</translation>
    </message>
    <message>
        <source>the withdrawal form</source>
        <translation>le formulaire de rétractation</translation>
    </message>
    <message>
        <source>the &quot;page not found&quot; page</source>
        <translation>la page « page introuvable »</translation>
    </message>
    <message>
        <source>the {name} page</source>
        <translation>la page {name}</translation>
    </message>
    <message>
        <source>the {name} category</source>
        <translation>la catégorie {name}</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> et {n} de plus</translation>
    </message>
    <message>
        <source>Pages of your shop ({n}): {names}.</source>
        <translation>Pages de votre boutique ({n}) : {names}.</translation>
    </message>
    <message>
        <source>Pages updated ({n}): {names}.</source>
        <translation>Pages mises à jour ({n}) : {names}.</translation>
    </message>
    <message>
        <source>New or changed pictures: {n}.</source>
        <translation>Images nouvelles ou modifiées : {n}.</translation>
    </message>
    <message>
        <source>The look of the site (colours, fonts) changed.</source>
        <translation>L&apos;apparence du site (couleurs, polices) a changé.</translation>
    </message>
    <message>
        <source>Pages removed ({n}): {names}.</source>
        <translation>Pages retirées ({n}) : {names}.</translation>
    </message>
</context>
<context>
    <name>SourceLabels</name>
    <message>
        <source>your link “{name}”</source>
        <translation>votre lien « {name} »</translation>
    </message>
    <message>
        <source>{name} (search engine)</source>
        <translation>{name} (moteur de recherche)</translation>
    </message>
    <message>
        <source>{name} (social network)</source>
        <translation>{name} (réseau social)</translation>
    </message>
    <message>
        <source>{name} (another site)</source>
        <translation>{name} (autre site)</translation>
    </message>
    <message>
        <source>Direct (typed in, bookmark)</source>
        <translation>Direct (adresse tapée, favori)</translation>
    </message>
    <message>
        <source>Search engines</source>
        <translation>Moteurs de recherche</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Other sites</source>
        <translation>Autres sites</translation>
    </message>
    <message>
        <source>Your links (flyers, QR codes)</source>
        <translation>Vos liens (flyers, QR codes)</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
</context>
<context>
    <name>StatsLauncher</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>How many people visit your site, from where, and what they look at, from your host&apos;s logs (no cookie, nothing added to your pages).</source>
        <translation>Combien de personnes visitent votre site, d&apos;où elles viennent et ce qu&apos;elles regardent, d&apos;après les journaux de votre hébergeur (aucun cookie, rien d&apos;ajouté à vos pages).</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Statistics — Échoppe</source>
        <translation>Statistiques — Échoppe</translation>
    </message>
    <message>
        <source>Your visitors, counted from the log your host already keeps: nothing is added to your pages, no cookie is set, no address is kept. Fetch the new visits from time to time.</source>
        <translation>Vos visiteurs, comptés d&apos;après le journal que votre hébergeur tient déjà : rien n&apos;est ajouté à vos pages, aucun cookie n&apos;est déposé, aucune adresse n&apos;est gardée. Récupérez les nouvelles visites de temps en temps.</translation>
    </message>
    <message>
        <source>&amp;Show the last:</source>
        <translation>A&amp;fficher les derniers :</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
    <message>
        <source>A period ends on the last day counted: fetch the new visits to bring it up to today.</source>
        <translation>Une période se termine au dernier jour compté : récupérez les nouvelles visites pour aller jusqu&apos;à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>No visits counted yet.

Click “Fetch the new visits from my host”: Échoppe reads the access logs your host keeps (the same login as publishing). If your host does not let it, download a log from your host&apos;s control panel and click “Read a log file…”.

Nothing is added to your pages and no cookie is set: there is no consent banner to show.</source>
        <translation>Aucune visite comptée pour l&apos;instant.

Cliquez sur « Récupérer les nouvelles visites » : Échoppe lit les journaux d&apos;accès que garde votre hébergeur (avec la même connexion que pour publier). Si votre hébergeur ne le permet pas, téléchargez un journal depuis son panneau et cliquez sur « Lire un fichier journal… ».

Rien n&apos;est ajouté à vos pages et aucun cookie n&apos;est déposé : il n&apos;y a pas de bandeau de consentement à afficher.</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visites</translation>
    </message>
    <message>
        <source>pages seen</source>
        <translation>pages vues</translation>
    </message>
    <message>
        <source>product views</source>
        <translation>vues de produits</translation>
    </message>
    <message>
        <source>added to the cart</source>
        <translation>ajouts au panier</translation>
    </message>
    <message>
        <source>orders sent</source>
        <translation>commandes envoyées</translation>
    </message>
    <message>
        <source>searches</source>
        <translation>recherches</translation>
    </message>
    <message>
        <source>Visits per day (blue bars) and pages seen (orange line)</source>
        <translation>Visites par jour (barres bleues) et pages vues (ligne orange)</translation>
    </message>
    <message>
        <source>From looking to buying</source>
        <translation>Du regard à l&apos;achat</translation>
    </message>
    <message>
        <source>Products looked at most</source>
        <translation>Produits les plus regardés</translation>
    </message>
    <message>
        <source>Where your visitors come from</source>
        <translation>D&apos;où viennent vos visiteurs</translation>
    </message>
    <message>
        <source>What people searched on your site</source>
        <translation>Ce qu&apos;on a cherché sur votre site</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>{visits} visits and {pages} pages seen in {days} days, {average} visits a day on average. Busiest day: {best} ({best_visits} visits).</source>
        <translation>{visits} visites et {pages} pages vues en {days} jours, {average} visites par jour en moyenne. Jour le plus fréquenté : {best} ({best_visits} visites).</translation>
    </message>
    <message>
        <source>Product views</source>
        <translation>Vues de produits</translation>
    </message>
    <message>
        <source>Added to the cart</source>
        <translation>Ajouts au panier</translation>
    </message>
    <message>
        <source>Orders sent</source>
        <translation>Commandes envoyées</translation>
    </message>
    <message>
        <source>{views} product views → {adds} added to the cart ({adds_percent} of the views) → {orders} orders sent ({orders_percent} of the cart adds).</source>
        <translation>{views} vues de produits → {adds} ajouts au panier ({adds_percent} des vues) → {orders} commandes envoyées ({orders_percent} des ajouts au panier).</translation>
    </message>
    <message>
        <source>No product page was looked at in this period.</source>
        <translation>Aucune page de produit n&apos;a été regardée pendant cette période.</translation>
    </message>
    <message>
        <source>{group}: {visits} ({percent})</source>
        <translation>{group} : {visits} ({percent})</translation>
    </message>
    <message>
        <source>“{term}”</source>
        <translation>« {term} »</translation>
    </message>
    <message>
        <source>Nobody used your site&apos;s search box in this period.</source>
        <translation>Personne n&apos;a utilisé la recherche de votre site pendant cette période.</translation>
    </message>
    <message>
        <source>{count} searches. {list}</source>
        <translation>{count} recherches. {list}</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Go back to this step</source>
        <translation>Revenir à cette étape</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <source>Stock goes down when an order comes in (or when it is paid, if you chose so) and comes back when an order is cancelled or withdrawn. Change it in the Products step.</source>
        <translation>Le stock diminue à l&apos;arrivée d&apos;une commande (ou à son paiement, si vous l&apos;avez choisi) et revient quand une commande est annulée ou rétractée. Modifiez-le à l&apos;étape Produits.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>When stock goes down</source>
        <translation>Quand le stock diminue</translation>
    </message>
    <message>
        <source>Take an order&apos;s items out of stock only once it is &amp;paid</source>
        <translation>Ne retirer du stock les articles d&apos;une commande qu&apos;une fois &amp;payée</translation>
    </message>
    <message>
        <source>Off (the usual choice): stock goes down as soon as an order comes in, so nobody can order what is already promised to someone else.</source>
        <translation>Décoché (le choix habituel) : le stock diminue dès l&apos;arrivée d&apos;une commande, pour que personne ne commande ce qui est déjà promis à un autre.</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non suivi</translation>
    </message>
    <message>
        <source>0 — sold out</source>
        <translation>0 — épuisé</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <source>Where should your shop go?</source>
        <translation>Où doit aller votre boutique ?</translation>
    </message>
    <message>
        <source>In a &amp;folder on this computer (no host yet, or to try)</source>
        <translation>Dans un &amp;dossier de cet ordinateur (pas encore d&apos;hébergeur, ou pour essayer)</translation>
    </message>
    <message>
        <source>On my &amp;web host, over SFTP</source>
        <translation>Chez mon &amp;hébergeur, en SFTP</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Folder to publish into</source>
        <translation>Dossier où publier</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Your web host</source>
        <translation>Votre hébergeur</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hébergeur :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rveur :</translation>
    </message>
    <message>
        <source>e.g. ftp.my-shop.fr</source>
        <translation>ex. ftp.ma-boutique.fr</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Mot d&amp;e passe</translation>
    </message>
    <message>
        <source>&amp;Key file</source>
        <translation>Fichier de &amp;clé</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot &amp;de passe :</translation>
    </message>
    <message>
        <source>Re&amp;member the password on this computer</source>
        <translation>Se souvenir du &amp;mot de passe sur cet ordinateur</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Fichier de clé :</translation>
    </message>
    <message>
        <source>Fol&amp;der of your site:</source>
        <translation>&amp;Dossier de votre site :</translation>
    </message>
    <message>
        <source>e.g. www/ or public_html/</source>
        <translation>ex. www/ ou public_html/</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Address of your shop</source>
        <translation>Adresse de votre boutique</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Adresse &amp;Web :</translation>
    </message>
    <message>
        <source>https://www.my-shop.fr/</source>
        <translation>https://www.ma-boutique.fr/</translation>
    </message>
    <message>
        <source>The address people type to visit your shop (your host or domain name registrar tells you). Échoppe checks after publishing that it works.</source>
        <translation>L&apos;adresse que l&apos;on tape pour visiter votre boutique (votre hébergeur ou votre bureau d&apos;enregistrement de nom de domaine vous la donne). Échoppe vérifie après la publication qu&apos;elle fonctionne.</translation>
    </message>
    <message>
        <source>Other host</source>
        <translation>Autre hébergeur</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de la clé :</translation>
    </message>
    <message>
        <source>leave empty if the key has none</source>
        <translation>laissez vide si la clé n&apos;en a pas</translation>
    </message>
    <message>
        <source>The password will be asked each time: it is never written in the shop file.</source>
        <translation>Le mot de passe sera demandé à chaque fois : il n&apos;est jamais écrit dans le fichier de la boutique.</translation>
    </message>
    <message>
        <source>Your private key file</source>
        <translation>Votre fichier de clé privée</translation>
    </message>
    <message>
        <source>Choose the folder to publish into.</source>
        <translation>Choisissez le dossier où publier.</translation>
    </message>
    <message>
        <source>Type only the server&apos;s name, without &quot;sftp://&quot; or &quot;https://&quot;.</source>
        <translation>Tapez seulement le nom du serveur, sans « sftp:// » ni « https:// ».</translation>
    </message>
    <message>
        <source>Type your login (the user name your host gave you).</source>
        <translation>Tapez votre identifiant (celui que votre hébergeur vous a donné).</translation>
    </message>
    <message>
        <source>Choose your key file, or sign in with a password.</source>
        <translation>Choisissez votre fichier de clé, ou connectez-vous avec un mot de passe.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Échoppe</source>
        <translation>Bienvenue dans Échoppe</translation>
    </message>
    <message>
        <source>Open your own shop on the Web, step by step. Everything you type is saved as you go.</source>
        <translation>Ouvrez votre boutique sur le Web, pas à pas. Tout ce que vous tapez est enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <source>A shop lives in one file on your computer (ending in .echoppe). Copy that file and you have a full backup. Create a new shop, or continue one you started before.</source>
        <translation>Une boutique tient dans un seul fichier sur votre ordinateur (qui se termine par .echoppe). Copiez ce fichier et vous avez une sauvegarde complète. Créez une nouvelle boutique, ou reprenez celle que vous avez commencée.</translation>
    </message>
    <message>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Langue de l&apos;application :</translation>
    </message>
    <message>
        <source>&amp;Continue a shop I already have</source>
        <translation>&amp;Reprendre une boutique que j&apos;ai déjà</translation>
    </message>
    <message>
        <source>e.g. Les Bocaux de Léa</source>
        <translation>ex. Les Bocaux de Léa</translation>
    </message>
    <message>
        <source>Name of the new shop</source>
        <translation>Nom de la nouvelle boutique</translation>
    </message>
    <message>
        <source>Create a ne&amp;w shop</source>
        <translation>Créer une &amp;nouvelle boutique</translation>
    </message>
    <message>
        <source>Shop na&amp;me:</source>
        <translation>No&amp;m de la boutique :</translation>
    </message>
    <message>
        <source>File of the new shop</source>
        <translation>Fichier de la nouvelle boutique</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose where to save the new shop</source>
        <translation>Choisir où enregistrer la nouvelle boutique</translation>
    </message>
    <message>
        <source>&amp;Saved in:</source>
        <translation>&amp;Enregistrée dans :</translation>
    </message>
    <message>
        <source>Your shop is one file. Keep it somewhere you back up.</source>
        <translation>Votre boutique est un fichier. Rangez-le dans un endroit que vous sauvegardez.</translation>
    </message>
    <message>
        <source>Recent shops</source>
        <translation>Boutiques récentes</translation>
    </message>
    <message>
        <source>&amp;Recent shops:</source>
        <translation>Boutiques ré&amp;centes :</translation>
    </message>
    <message>
        <source>&amp;Open a shop file…</source>
        <translation>&amp;Ouvrir un fichier de boutique…</translation>
    </message>
    <message>
        <source>&amp;Publish my changes</source>
        <translation>Pu&amp;blier mes modifications</translation>
    </message>
    <message>
        <source>This shop was published before: send what changed since, in one click.</source>
        <translation>Cette boutique a déjà été publiée : envoyez ce qui a changé depuis, en un clic.</translation>
    </message>
    <message>
        <source>&amp;Restore a shop…</source>
        <translation>&amp;Restaurer une boutique…</translation>
    </message>
    <message>
        <source>Bring a shop back from a backup on this computer or from the encrypted copy on your host, into a new file.</source>
        <translation>Retrouver une boutique depuis une sauvegarde de cet ordinateur ou depuis la copie chiffrée chez votre hébergeur, dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Continue with “%1”</source>
        <translation>Continuer avec « %1 »</translation>
    </message>
    <message>
        <source>No shop opened yet.</source>
        <translation>Aucune boutique ouverte pour l&apos;instant.</translation>
    </message>
    <message>
        <source>A file with this name already exists there. Choose another name, or continue that shop instead.</source>
        <translation>Un fichier porte déjà ce nom à cet endroit. Choisissez un autre nom, ou reprenez plutôt cette boutique.</translation>
    </message>
    <message>
        <source>Where to save your shop</source>
        <translation>Où enregistrer votre boutique</translation>
    </message>
    <message>
        <source>Échoppe shops (*.echoppe)</source>
        <translation>Boutiques Échoppe (*.echoppe)</translation>
    </message>
    <message>
        <source>Open a shop</source>
        <translation>Ouvrir une boutique</translation>
    </message>
    <message>
        <source>Opened: %1 (%2)</source>
        <translation>Ouverte : %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the shop file to open (from the list or with Browse) to go on.</source>
        <translation>Choisissez le fichier de boutique à ouvrir (dans la liste ou avec Parcourir) pour continuer.</translation>
    </message>
    <message>
        <source>Give your new shop a name to go on.</source>
        <translation>Donnez un nom à votre nouvelle boutique pour continuer.</translation>
    </message>
    <message>
        <source>Choose where to save the shop file to go on.</source>
        <translation>Choisissez où enregistrer le fichier de boutique pour continuer.</translation>
    </message>
    <message>
        <source>A shop file with this name already exists there: open it, or choose another name or folder.</source>
        <translation>Un fichier de boutique de ce nom existe déjà à cet endroit : ouvrez-le, ou choisissez un autre nom ou dossier.</translation>
    </message>
</context>
</TS>
