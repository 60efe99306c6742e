<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <source>After each publish, Échoppe sends an encrypted copy of your shop to your host, so a lost or broken computer does not take your shop with it. Only this passphrase opens it: write it down somewhere safe (it is not your host password). It is kept in this computer's password store.</source>
        <translation>After each publish, Échoppe sends an encrypted copy of your shop to your host, so a lost or broken computer does not take your shop with it. Only this passphrase opens it: write it down somewhere safe (it is not your host password). It is kept in this computer's password store.</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <source>Passphrase (at least {n} characters):</source>
        <translation>Passphrase (at least {n} characters):</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>The same again:</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What will change</source>
        <translation>What will change</translation>
    </message>
    <message>
        <source>send: {path}</source>
        <translation>send: {path}</translation>
    </message>
    <message>
        <source>delete: {path}</source>
        <translation>delete: {path}</translation>
    </message>
    <message>
        <source>Nothing was sent: this only shows what "Publish" would do.</source>
        <translation>Nothing was sent: this only shows what "Publish" would do.</translation>
    </message>
    <message>
        <source>Nothing to publish: your shop online is already up to date.</source>
        <translation>Nothing to publish: your shop online is already up to date.</translation>
    </message>
    <message>
        <source>Only technical files change: customers will see no difference.</source>
        <translation>Only technical files change: customers will see no difference.</translation>
    </message>
    <message>
        <source>If you publish now, your customers will see:</source>
        <translation>If you publish now, your customers will see:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>{sent} files to send ({size}), {deleted} to delete.</source>
        <translation>{sent} files to send ({size}), {deleted} to delete.</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>Colour {code}: click to change it</source>
        <translation>Colour {code}: click to change it</translation>
    </message>
</context>
<context>
    <name>ContrastCheck</name>
    <message>
        <source>White text on the main colour</source>
        <translation>White text on the main colour</translation>
    </message>
    <message>
        <source>The accent colour on a white page</source>
        <translation>The accent colour on a white page</translation>
    </message>
    <message>
        <source>%1 is hard to read: contrast %2:1, at least %3:1 is needed. Choose a darker colour.</source>
        <translation>%1 is hard to read: contrast %2:1, at least %3:1 is needed. Choose a darker colour.</translation>
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
        <translation>Discount</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Minimum order</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>ExamplesBox</name>
    <message>
        <source>Example products</source>
        <translation>Example products</translation>
    </message>
    <message>
        <source>Your shop still holds {n} example products from the start:</source>
        <translation>Your shop still holds {n} example products from the start:</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… and {n} more.</translation>
    </message>
    <message>
        <source>Customers would see them as yours. Keep them only if you sell these products.</source>
        <translation>Customers would see them as yours. Keep them only if you sell these products.</translation>
    </message>
    <message>
        <source>&amp;Keep the examples</source>
        <translation>&amp;Keep the examples</translation>
    </message>
    <message>
        <source>&amp;Remove the examples</source>
        <translation>&amp;Remove the examples</translation>
    </message>
</context>
<context>
    <name>FetchPanel</name>
    <message>
        <source>&amp;Fetch orders from my host</source>
        <translation>&amp;Fetch orders from my host</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>P&amp;ublish now</source>
        <translation>P&amp;ublish now</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({what}). Try again; if it happens again, please tell us what you were doing.</source>
        <translation>Something unexpected went wrong ({what}). Try again; if it happens again, please tell us what you were doing.</translation>
    </message>
    <message>
        <source>Connecting to your host…</source>
        <translation>Connecting to your host…</translation>
    </message>
    <message>
        <source>Stopping after the order being stored…</source>
        <translation>Stopping after the order being stored…</translation>
    </message>
    <message>
        <source>Bringing in the orders…</source>
        <translation>Bringing in the orders…</translation>
    </message>
    <message>
        <source>Preparing your pages…</source>
        <translation>Preparing your pages…</translation>
    </message>
    <message>
        <source>Sending your shop…</source>
        <translation>Sending your shop…</translation>
    </message>
    <message>
        <source>Bringing in the orders… {done} of {total}</source>
        <translation>Bringing in the orders… {done} of {total}</translation>
    </message>
    <message>
        <source>No new orders on your host.</source>
        <translation>No new orders on your host.</translation>
    </message>
    <message>
        <source>Stock changed ({changes}). Publish now so your site shows it, sold-out items included?</source>
        <translation>Stock changed ({changes}). Publish now so your site shows it, sold-out items included?</translation>
    </message>
    <message>
        <source>These files could not be opened: they stay on your host, nothing else was held up.</source>
        <translation>These files could not be opened: they stay on your host, nothing else was held up.</translation>
    </message>
    <message>
        <source>Stored, but not yet removed from your host (the next fetch removes them): {names}</source>
        <translation>Stored, but not yet removed from your host (the next fetch removes them): {names}</translation>
    </message>
    <message>
        <source>Check before refunding: withdrawal {withdrawal} for order {order} was filed by {name} ({email}), not the name or e-mail of the order.</source>
        <translation>Check before refunding: withdrawal {withdrawal} for order {order} was filed by {name} ({email}), not the name or e-mail of the order.</translation>
    </message>
    <message>
        <source>it is not an order written by your order desk</source>
        <translation>it is not an order written by your order desk</translation>
    </message>
    <message>
        <source>it is not a valid order ({detail})</source>
        <translation>it is not a valid order ({detail})</translation>
    </message>
    <message>
        <source>it could not be read ({detail})</source>
        <translation>it could not be read ({detail})</translation>
    </message>
    <message>
        <source>it is not a regular file (perhaps a link): it is not read</source>
        <translation>it is not a regular file (perhaps a link): it is not read</translation>
    </message>
    <message>
        <source>it changed while it was being read: fetch again</source>
        <translation>it changed while it was being read: fetch again</translation>
    </message>
    <message>
        <source>it is too big to be an order</source>
        <translation>it is too big to be an order</translation>
    </message>
    <message>
        <source>another order with this number is already in your shop file</source>
        <translation>another order with this number is already in your shop file</translation>
    </message>
    <message>
        <source>the number inside is not the file's name</source>
        <translation>the number inside is not the file's name</translation>
    </message>
    <message>
        <source>New orders fetched: {orders}.</source>
        <translation>New orders fetched: {orders}.</translation>
    </message>
    <message>
        <source>Withdrawal declarations fetched: {withdrawals} (each shows under its order).</source>
        <translation>Withdrawal declarations fetched: {withdrawals} (each shows under its order).</translation>
    </message>
    <message>
        <source>it does not open with this shop's key (was it left there by another shop, or is this shop file an old copy?)</source>
        <translation>it does not open with this shop's key (was it left there by another shop, or is this shop file an old copy?)</translation>
    </message>
    <message>
        <source>You refused the server's identity: nothing was fetched.</source>
        <translation>You refused the server's identity: nothing was fetched.</translation>
    </message>
    <message>
        <source>Published: {sent} files sent ({size}). Your site shows the new stock.</source>
        <translation>Published: {sent} files sent ({size}). Your site shows the new stock.</translation>
    </message>
    <message>
        <source>Publishing did not work: {error} Use the Publish step of the wizard to try again.</source>
        <translation>Publishing did not work: {error} Use the Publish step of the wizard to try again.</translation>
    </message>
</context>
<context>
    <name>FlyerDialog</name>
    <message>
        <source>Print a flyer</source>
        <translation>Print a flyer</translation>
    </message>
    <message>
        <source>A one-page flyer for your market stall or to slip in a parcel: your shop's name, logo and colours, and a QR code that leads to your shop. Visits from it are counted in your statistics under its source name.</source>
        <translation>A one-page flyer for your market stall or to slip in a parcel: your shop's name, logo and colours, and a QR code that leads to your shop. Visits from it are counted in your statistics under its source name.</translation>
    </message>
    <message>
        <source>A5 (half a sheet of A4)</source>
        <translation>A5 (half a sheet of A4)</translation>
    </message>
    <message>
        <source>A6 (a quarter of A4, postcard size)</source>
        <translation>A6 (a quarter of A4, postcard size)</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>Paper &amp;size:</translation>
    </message>
    <message>
        <source>The whole shop (its home page)</source>
        <translation>The whole shop (its home page)</translation>
    </message>
    <message>
        <source>The QR code &amp;leads to:</source>
        <translation>The QR code &amp;leads to:</translation>
    </message>
    <message>
        <source>flyer-market</source>
        <translation>flyer-market</translation>
    </message>
    <message>
        <source>Source &amp;name:</source>
        <translation>Source &amp;name:</translation>
    </message>
    <message>
        <source>Shown in your statistics for the visits from this flyer: one name per place you hand it out, like flyer-market or parcel.</source>
        <translation>Shown in your statistics for the visits from this flyer: one name per place you hand it out, like flyer-market or parcel.</translation>
    </message>
    <message>
        <source>No discount code</source>
        <translation>No discount code</translation>
    </message>
    <message>
        <source>&amp;Discount code:</source>
        <translation>&amp;Discount code:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({what}). Try again; if it happens again, please tell us what you were doing.</source>
        <translation>Something unexpected went wrong ({what}). Try again; if it happens again, please tell us what you were doing.</translation>
    </message>
    <message>
        <source>QR code leading to {url}</source>
        <translation>QR code leading to {url}</translation>
    </message>
    <message>
        <source>The QR code leads to: {url}</source>
        <translation>The QR code leads to: {url}</translation>
    </message>
    <message>
        <source>flyer</source>
        <translation>flyer</translation>
    </message>
    <message>
        <source>Save the flyer</source>
        <translation>Save the flyer</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Making the flyer…</source>
        <translation>Making the flyer…</translation>
    </message>
    <message>
        <source>Flyer saved as {path}. Print it at actual size (100 %).</source>
        <translation>Flyer saved as {path}. Print it at actual size (100 %).</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Who is the host?</source>
        <translation>Who is the host?</translation>
    </message>
    <message>
        <source>The host is the company whose computers keep your site on the Internet day and night (for example OVHcloud, o2switch, Infomaniak, IONOS). The law asks you to name it on the legal notice page: its name, address and phone number are on your host's contract or on its own website, under “Mentions légales”.</source>
        <translation>The host is the company whose computers keep your site on the Internet day and night (for example OVHcloud, o2switch, Infomaniak, IONOS). The law asks you to name it on the legal notice page: its name, address and phone number are on your host's contract or on its own website, under “Mentions légales”.</translation>
    </message>
    <message>
        <source>How does a folder on my computer become a site on the Internet?</source>
        <translation>How does a folder on my computer become a site on the Internet?</translation>
    </message>
    <message>
        <source>Échoppe writes your whole shop as ordinary files (pages, photos) into a folder. Publishing copies that folder to your host's computer over a secure connection (SFTP); from then on, anyone who types your address sees those files. Publishing to a folder only keeps the files on your computer: nothing is on the Internet yet, which is a good way to look at everything first.</source>
        <translation>Échoppe writes your whole shop as ordinary files (pages, photos) into a folder. Publishing copies that folder to your host's computer over a secure connection (SFTP); from then on, anyone who types your address sees those files. Publishing to a folder only keeps the files on your computer: nothing is on the Internet yet, which is a good way to look at everything first.</translation>
    </message>
    <message>
        <source>You need a hosting plan with SFTP access (the host sends you a server name, a user name and a password) and, if you want, a domain name such as ruches-de-margaux.fr.</source>
        <translation>You need a hosting plan with SFTP access (the host sends you a server name, a user name and a password) and, if you want, a domain name such as ruches-de-margaux.fr.</translation>
    </message>
    <message>
        <source>How will customers pay?</source>
        <translation>How will customers pay?</translation>
    </message>
    <message>
        <source>Your site takes the order; you choose how the money arrives: a payment link (Stripe, SumUp, PayPal…) that you paste into the shop, a bank transfer with your IBAN, a cheque, or cash when the customer collects. You receive each order by e-mail and confirm it once paid. Your site never sees a card number.</source>
        <translation>Your site takes the order; you choose how the money arrives: a payment link (Stripe, SumUp, PayPal…) that you paste into the shop, a bank transfer with your IBAN, a cheque, or cash when the customer collects. You receive each order by e-mail and confirm it once paid. Your site never sees a card number.</translation>
    </message>
    <message>
        <source>What is a SIRET and where do I find it?</source>
        <translation>What is a SIRET and where do I find it?</translation>
    </message>
    <message>
        <source>The SIRET is the 14-digit number that identifies your business in France (the first 9 digits are your SIREN). You received it when you registered, for a micro-entreprise too. Lost it? Type your name or business name on &lt;a href="https://annuaire-entreprises.data.gouv.fr"&gt;annuaire-entreprises.data.gouv.fr&lt;/a&gt;, or download your INSEE “avis de situation” on &lt;a href="https://avis-situation-sirene.insee.fr"&gt;avis-situation-sirene.insee.fr&lt;/a&gt;.</source>
        <translation>The SIRET is the 14-digit number that identifies your business in France (the first 9 digits are your SIREN). You received it when you registered, for a micro-entreprise too. Lost it? Type your name or business name on &lt;a href="https://annuaire-entreprises.data.gouv.fr"&gt;annuaire-entreprises.data.gouv.fr&lt;/a&gt;, or download your INSEE “avis de situation” on &lt;a href="https://avis-situation-sirene.insee.fr"&gt;avis-situation-sirene.insee.fr&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Not registered yet? You can fill it in later: the shop cannot be published to the Internet without it, and the Publish page reminds you.</source>
        <translation>Not registered yet? You can fill it in later: the shop cannot be published to the Internet without it, and the Publish page reminds you.</translation>
    </message>
    <message>
        <source>What is a consumer mediator and how do I choose one?</source>
        <translation>What is a consumer mediator and how do I choose one?</translation>
    </message>
    <message>
        <source>Every business that sells to consumers in France must offer a free consumer mediator: an independent body a customer can turn to when you cannot agree. You join one (a yearly fee, often a few dozen euros for a small business) and name it on your site. The official list is kept by the CECMC on &lt;a href="https://www.economie.gouv.fr/mediation-conso"&gt;economie.gouv.fr/mediation-conso&lt;/a&gt;: pick one for your trade or a general one, then copy its name and website here.</source>
        <translation>Every business that sells to consumers in France must offer a free consumer mediator: an independent body a customer can turn to when you cannot agree. You join one (a yearly fee, often a few dozen euros for a small business) and name it on your site. The official list is kept by the CECMC on &lt;a href="https://www.economie.gouv.fr/mediation-conso"&gt;economie.gouv.fr/mediation-conso&lt;/a&gt;: pick one for your trade or a general one, then copy its name and website here.</translation>
    </message>
    <message>
        <source>VAT franchise (franchise en base)</source>
        <translation>VAT franchise (franchise en base)</translation>
    </message>
    <message>
        <source>Under a yearly turnover threshold, a small business may charge no VAT at all: prices are then the final prices, and every invoice must carry the sentence “TVA non applicable, art. 293 B du CGI”. Échoppe writes it for you when you tick the franchise. Above the threshold, or if you chose to charge VAT, enter your VAT number and rates.</source>
        <translation>Under a yearly turnover threshold, a small business may charge no VAT at all: prices are then the final prices, and every invoice must carry the sentence “TVA non applicable, art. 293 B du CGI”. Échoppe writes it for you when you tick the franchise. Above the threshold, or if you chose to charge VAT, enter your VAT number and rates.</translation>
    </message>
    <message>
        <source>Where is my shop kept?</source>
        <translation>Where is my shop kept?</translation>
    </message>
    <message>
        <source>Your shop is one file on your computer: products, photos, settings. Everything is saved as you type; there is no Save button. Keep a copy of that file (Échoppe makes backups too) and you can reopen the shop on any computer.</source>
        <translation>Your shop is one file on your computer: products, photos, settings. Everything is saved as you type; there is no Save button. Keep a copy of that file (Échoppe makes backups too) and you can reopen the shop on any computer.</translation>
    </message>
    <message>
        <source>Why choose what I sell?</source>
        <translation>Why choose what I sell?</translation>
    </message>
    <message>
        <source>It gives you a head start: the right fields for your products (weights for food, dates for workshops…), a fitting theme, and a few example products to show the idea. You can change everything afterwards, and remove the examples before publishing.</source>
        <translation>It gives you a head start: the right fields for your products (weights for food, dates for workshops…), a fitting theme, and a few example products to show the idea. You can change everything afterwards, and remove the examples before publishing.</translation>
    </message>
    <message>
        <source>Products, photos and variants</source>
        <translation>Products, photos and variants</translation>
    </message>
    <message>
        <source>Add a product, give it a name, a price and a photo (a JPEG or PNG from your phone is fine: Échoppe makes the small versions). Use variants when the same product comes in several sizes or flavours with their own price. You can also import a spreadsheet (.csv, .xlsx, .ods): drop it on this page.</source>
        <translation>Add a product, give it a name, a price and a photo (a JPEG or PNG from your phone is fine: Échoppe makes the small versions). Use variants when the same product comes in several sizes or flavours with their own price. You can also import a spreadsheet (.csv, .xlsx, .ods): drop it on this page.</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>A coupon is a code your customers type to get a discount (a percentage or an amount). Give it an end date so it does not run forever.</source>
        <translation>A coupon is a code your customers type to get a discount (a percentage or an amount). Give it an end date so it does not run forever.</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Say where you ship and what it costs; the customer sees the cost before ordering. Give each option its delivery deadline in days: the terms of sale promise it (30 days when you give none).</source>
        <translation>Say where you ship and what it costs; the customer sees the cost before ordering. Give each option its delivery deadline in days: the terms of sale promise it (30 days when you give none).</translation>
    </message>
    <message>
        <source>Pickup (the customer collects the order at your place or at a market) is free unless you type a price. It needs the pickup address and opening hours: the terms of sale show them.</source>
        <translation>Pickup (the customer collects the order at your place or at a market) is free unless you type a price. It needs the pickup address and opening hours: the terms of sale show them.</translation>
    </message>
    <message>
        <source>Themes and colours</source>
        <translation>Themes and colours</translation>
    </message>
    <message>
        <source>The theme is the layout; your colours go on top. Nothing here is final: change the look at any time and publish again. “Preview my shop” builds the real site on your computer only.</source>
        <translation>The theme is the layout; your colours go on top. Nothing here is final: change the look at any time and publish again. “Preview my shop” builds the real site on your computer only.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Each order your site takes arrives here and by e-mail. Mark it paid once the money is there, then shipped; the customer's right of withdrawal (rétractation) runs from delivery.</source>
        <translation>Each order your site takes arrives here and by e-mail. Mark it paid once the money is there, then shipped; the customer's right of withdrawal (rétractation) runs from delivery.</translation>
    </message>
</context>
<context>
    <name>HostIdentityBox</name>
    <message>
        <source>Who hosts your site</source>
        <translation>Who hosts your site</translation>
    </message>
    <message>
        <source>Choose it to fill in its details…</source>
        <translation>Choose it to fill in its details…</translation>
    </message>
    <message>
        <source>Another host: type its details below</source>
        <translation>Another host: type its details below</translation>
    </message>
    <message>
        <source>&amp;Your host:</source>
        <translation>&amp;Your host:</translation>
    </message>
    <message>
        <source>Host's na&amp;me:</source>
        <translation>Host's na&amp;me:</translation>
    </message>
    <message>
        <source>e.g. OVH SAS</source>
        <translation>e.g. OVH SAS</translation>
    </message>
    <message>
        <source>The law asks your legal notice to name the company that keeps your site on the Internet, with its address and phone. Choosing your host in the list above fills them in.</source>
        <translation>The law asks your legal notice to name the company that keeps your site on the Internet, with its address and phone. Choosing your host in the list above fills them in.</translation>
    </message>
    <message>
        <source>Host's a&amp;ddress:</source>
        <translation>Host's a&amp;ddress:</translation>
    </message>
    <message>
        <source>Host's p&amp;hone:</source>
        <translation>Host's p&amp;hone:</translation>
    </message>
    <message>
        <source>Please check these details against your host's own legal notice before going online.</source>
        <translation>Please check these details against your host's own legal notice before going online.</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Is this really your host?</source>
        <translation>Is this really your host?</translation>
    </message>
    <message>
        <source>This is the first time Échoppe connects to {server}. Every server has an identity card, its key; below is a short summary of it, called a fingerprint.</source>
        <translation>This is the first time Échoppe connects to {server}. Every server has an identity card, its key; below is a short summary of it, called a fingerprint.</translation>
    </message>
    <message>
        <source>Fingerprint of the server</source>
        <translation>Fingerprint of the server</translation>
    </message>
    <message>
        <source>Key type: {kind}</source>
        <translation>Key type: {kind}</translation>
    </message>
    <message>
        <source>How to check it: your host shows the fingerprint of its server in its control panel or help pages (look for "SSH fingerprint" or "SHA256"), or its support can tell you. If it is the same, accept: Échoppe remembers it and will warn you loudly if it ever changes. If it differs, refuse: you may not be talking to your host.</source>
        <translation>How to check it: your host shows the fingerprint of its server in its control panel or help pages (look for "SSH fingerprint" or "SHA256"), or its support can tell you. If it is the same, accept: Échoppe remembers it and will warn you loudly if it ever changes. If it differs, refuse: you may not be talking to your host.</translation>
    </message>
    <message>
        <source>&amp;Accept, it matches</source>
        <translation>&amp;Accept, it matches</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuse</translation>
    </message>
    <message>
        <source>Danger: the server's identity changed</source>
        <translation>Danger: the server's identity changed</translation>
    </message>
    <message>
        <source>Publishing was stopped to protect your site and your password.</source>
        <translation>Publishing was stopped to protect your site and your password.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import products from %1</source>
        <translation>Import products from %1</translation>
    </message>
    <message>
        <source>%1 products can be imported; %2 rows are rejected.</source>
        <translation>%1 products can be imported; %2 rows are rejected.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Rejected rows (correct them in your file and import again, or import the valid rows only):</source>
        <translation>Rejected rows (correct them in your file and import again, or import the valid rows only):</translation>
    </message>
    <message>
        <source>Worth knowing:</source>
        <translation>Worth knowing:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only</source>
        <translation>Import the &amp;valid rows only</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>LegalChecklist</name>
    <message>
        <source>What the law asks before you open to the public</source>
        <translation>What the law asks before you open to the public</translation>
    </message>
    <message>
        <source>Fill in on “Your shop”</source>
        <translation>Fill in on “Your shop”</translation>
    </message>
    <message>
        <source>Open “Products”</source>
        <translation>Open “Products”</translation>
    </message>
    <message>
        <source>Open “Shipping”</source>
        <translation>Open “Shipping”</translation>
    </message>
    <message>
        <source>Open “Selling”</source>
        <translation>Open “Selling”</translation>
    </message>
    <message>
        <source>Fill in below</source>
        <translation>Fill in below</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>Fix it</translation>
    </message>
    <message>
        <source>Nothing the law asks for is missing: your shop can open to the public.</source>
        <translation>Nothing the law asks for is missing: your shop can open to the public.</translation>
    </message>
    <message>
        <source>Before publishing on the Internet, complete the items marked "Missing" below (left: {n}). You can already publish to a folder to try your shop.</source>
        <translation>Before publishing on the Internet, complete the items marked "Missing" below (left: {n}). You can already publish to a folder to try your shop.</translation>
    </message>
    <message>
        <source>Nothing required is missing; please check these points:</source>
        <translation>Nothing required is missing; please check these points:</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Missing:</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>To check:</translation>
    </message>
</context>
<context>
    <name>LogsPanel</name>
    <message>
        <source>&amp;Fetch the new visits from my host</source>
        <translation>&amp;Fetch the new visits from my host</translation>
    </message>
    <message>
        <source>Reads the access logs your host keeps, over the same login as publishing. Only what is new is read; nothing is changed there.</source>
        <translation>Reads the access logs your host keeps, over the same login as publishing. Only what is new is read; nothing is changed there.</translation>
    </message>
    <message>
        <source>&amp;Read a log file…</source>
        <translation>&amp;Read a log file…</translation>
    </message>
    <message>
        <source>An access log you downloaded from your host's control panel (plain or .gz, from any host).</source>
        <translation>An access log you downloaded from your host's control panel (plain or .gz, from any host).</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>&amp;Logs folder on your host:</source>
        <translation>&amp;Logs folder on your host:</translation>
    </message>
    <message>
        <source>for example: logs</source>
        <translation>for example: logs</translation>
    </message>
    <message>
        <source>Your host's help or control panel says where it keeps the raw access logs.</source>
        <translation>Your host's help or control panel says where it keeps the raw access logs.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({what}). Try again; if it happens again, please tell us what you were doing.</source>
        <translation>Something unexpected went wrong ({what}). Try again; if it happens again, please tell us what you were doing.</translation>
    </message>
    <message>
        <source>Your shop is not published on a host yet, so there are no logs to fetch. Choose your host on the Publish step, or use “Read a log file…”.</source>
        <translation>Your shop is not published on a host yet, so there are no logs to fetch. Choose your host on the Publish step, or use “Read a log file…”.</translation>
    </message>
    <message>
        <source>Échoppe does not know where your host keeps its access logs. Type the folder below (your host's help names it, often “logs”), then fetch again. Or download a log from your host's control panel and use “Read a log file…”.</source>
        <translation>Échoppe does not know where your host keeps its access logs. Type the folder below (your host's help names it, often “logs”), then fetch again. Or download a log from your host's control panel and use “Read a log file…”.</translation>
    </message>
    <message>
        <source>Connecting to your host…</source>
        <translation>Connecting to your host…</translation>
    </message>
    <message>
        <source>Stopping after the log being read…</source>
        <translation>Stopping after the log being read…</translation>
    </message>
    <message>
        <source>Counting the visits…</source>
        <translation>Counting the visits…</translation>
    </message>
    <message>
        <source>Counting the visits… Logs read: {done}</source>
        <translation>Counting the visits… Logs read: {done}</translation>
    </message>
    <message>
        <source>Logs read: {logs} ({lines} lines). Requests from robots left out: {bots}. Days with visits: {days}.</source>
        <translation>Logs read: {logs} ({lines} lines). Requests from robots left out: {bots}. Days with visits: {days}.</translation>
    </message>
    <message>
        <source>Read access logs</source>
        <translation>Read access logs</translation>
    </message>
    <message>
        <source>Access logs (*.log *.gz *_log *log* *.txt)</source>
        <translation>Access logs (*.log *.gz *_log *log* *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Nothing new: every log was read already.</source>
        <translation>Nothing new: every log was read already.</translation>
    </message>
    <message>
        <source>{count} lines were not understood and were skipped (not an access log line).</source>
        <translation>{count} lines were not understood and were skipped (not an access log line).</translation>
    </message>
    <message>
        <source>• {name} could not be opened: {error}</source>
        <translation>• {name} could not be opened: {error}</translation>
    </message>
    <message>
        <source>You refused the server's identity: nothing was fetched.</source>
        <translation>You refused the server's identity: nothing was fetched.</translation>
    </message>
</context>
<context>
    <name>LookPage</name>
    <message>
        <source>The look of your site</source>
        <translation>The look of your site</translation>
    </message>
    <message>
        <source>Pick a theme and your colours, then look at your shop as customers will.</source>
        <translation>Pick a theme and your colours, then look at your shop as customers will.</translation>
    </message>
    <message>
        <source>A theme decides the layout: a market stall with big photos, a gallery for creations… Your colours go on top. Every theme works on phones. “Preview my shop” builds the real site on your computer only: nothing is sent to the Web before you publish.</source>
        <translation>A theme decides the layout: a market stall with big photos, a gallery for creations… Your colours go on top. Every theme works on phones. “Preview my shop” builds the real site on your computer only: nothing is sent to the Web before you publish.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Main colour</source>
        <translation>Main colour</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Accent colour</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Forest</translation>
    </message>
    <message>
        <source>Terracotta</source>
        <translation>Terracotta</translation>
    </message>
    <message>
        <source>Ocean</source>
        <translation>Ocean</translation>
    </message>
    <message>
        <source>Plum</source>
        <translation>Plum</translation>
    </message>
    <message>
        <source>Charcoal</source>
        <translation>Charcoal</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>Olive</translation>
    </message>
    <message>
        <source>Use %1 and %2</source>
        <translation>Use %1 and %2</translation>
    </message>
    <message>
        <source>Ready-made:</source>
        <translation>Ready-made:</translation>
    </message>
    <message>
        <source>The same colours as on the “Your shop” page; the site darkens a colour by itself when text on it would be hard to read.</source>
        <translation>The same colours as on the “Your shop” page; the site darkens a colour by itself when text on it would be hard to read.</translation>
    </message>
    <message>
        <source>&amp;Preview my shop</source>
        <translation>&amp;Preview my shop</translation>
    </message>
    <message>
        <source>No theme is available in this version yet.</source>
        <translation>No theme is available in this version yet.</translation>
    </message>
</context>
<context>
    <name>NichePage</name>
    <message>
        <source>What do you sell?</source>
        <translation>What do you sell?</translation>
    </message>
    <message>
        <source>Pick the card closest to your activity. You can change everything later.</source>
        <translation>Pick the card closest to your activity. You can change everything later.</translation>
    </message>
    <message>
        <source>Your choice fills in a starting point: categories, a few example products you can keep or drop, colours and a theme. It also decides which questions come next: goods need shipping, a service has a duration, a workshop or an event has a date and a place, a download needs neither.</source>
        <translation>Your choice fills in a starting point: categories, a few example products you can keep or drop, colours and a theme. It also decides which questions come next: goods need shipping, a service has a duration, a workshop or an event has a date and a place, a download needs neither.</translation>
    </message>
    <message>
        <source>Kinds of shop</source>
        <translation>Kinds of shop</translation>
    </message>
    <message>
        <source>&amp;Example products to keep (untick the ones you don't want):</source>
        <translation>&amp;Example products to keep (untick the ones you don't want):</translation>
    </message>
    <message>
        <source>Example products to keep</source>
        <translation>Example products to keep</translation>
    </message>
    <message>
        <source>Your shop file is created. Changing this choice now changes the look and the steps, not your products.</source>
        <translation>Your shop file is created. Changing this choice now changes the look and the steps, not your products.</translation>
    </message>
    <message>
        <source>Categories to start with: %1</source>
        <translation>Categories to start with: %1</translation>
    </message>
    <message>
        <source>Choose what you sell (one of the cards) to go on.</source>
        <translation>Choose what you sell (one of the cards) to go on.</translation>
    </message>
    <message>
        <source>The shop file could not be created: %1. Choose another folder on the first page.</source>
        <translation>The shop file could not be created: %1. Choose another folder on the first page.</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>Deliver to:</source>
        <translation>Deliver to:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Variant / reference</source>
        <translation>Variant / reference</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Your notes (only you see them):</source>
        <translation>Your notes (only you see them):</translation>
    </message>
    <message>
        <source>A note, for example "called the customer"</source>
        <translation>A note, for example "called the customer"</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <source>What happened to this order?</source>
        <translation>What happened to this order?</translation>
    </message>
    <message>
        <source>Tracking number of the parcel (optional)</source>
        <translation>Tracking number of the parcel (optional)</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Mark &amp;paid</translation>
    </message>
    <message>
        <source>Mark s&amp;hipped</source>
        <translation>Mark s&amp;hipped</translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation>Mark &amp;delivered</translation>
    </message>
    <message>
        <source>&amp;Cancel the order</source>
        <translation>&amp;Cancel the order</translation>
    </message>
    <message>
        <source>Customer &amp;withdrew</source>
        <translation>Customer &amp;withdrew</translation>
    </message>
    <message>
        <source>Write to the customer:</source>
        <translation>Write to the customer:</translation>
    </message>
    <message>
        <source>Payment &amp;received</source>
        <translation>Payment &amp;received</translation>
    </message>
    <message>
        <source>On its wa&amp;y</source>
        <translation>On its wa&amp;y</translation>
    </message>
    <message>
        <source>Withdrawal ac&amp;knowledged</source>
        <translation>Withdrawal ac&amp;knowledged</translation>
    </message>
    <message>
        <source>Opens your mail program with the message written, in your shop's language: read it, then send it.</source>
        <translation>Opens your mail program with the message written, in your shop's language: read it, then send it.</translation>
    </message>
    <message>
        <source>Choose an order in the list to see it here.</source>
        <translation>Choose an order in the list to see it here.</translation>
    </message>
    <message>
        <source>Order {number} · {status}</source>
        <translation>Order {number} · {status}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>paid on {when}</source>
        <translation>paid on {when}</translation>
    </message>
    <message>
        <source>not paid yet</source>
        <translation>not paid yet</translation>
    </message>
    <message>
        <source>Payment: {how} ({paid}).</source>
        <translation>Payment: {how} ({paid}).</translation>
    </message>
    <message>
        <source>Tracking number: {tracking}</source>
        <translation>Tracking number: {tracking}</translation>
    </message>
    <message>
        <source>Withdrawal declaration {number} received on {when} from {name} ({email}).</source>
        <translation>Withdrawal declaration {number} received on {when} from {name} ({email}).</translation>
    </message>
    <message>
        <source>Withdrawal declaration {number}.</source>
        <translation>Withdrawal declaration {number}.</translation>
    </message>
    <message>
        <source>Check before refunding: the name or e-mail on withdrawal {number} ({name}, {email}) differs from the order's. Anyone can file a declaration against an order number; it is not applied until you record it.</source>
        <translation>Check before refunding: the name or e-mail on withdrawal {number} ({name}, {email}) differs from the order's. Anyone can file a declaration against an order number; it is not applied until you record it.</translation>
    </message>
    <message>
        <source>Subtotal: {amount}</source>
        <translation>Subtotal: {amount}</translation>
    </message>
    <message>
        <source>Coupon {code}: −{amount}</source>
        <translation>Coupon {code}: −{amount}</translation>
    </message>
    <message>
        <source>Shipping ({method}): {amount}</source>
        <translation>Shipping ({method}): {amount}</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
</context>
<context>
    <name>OrderLabels</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>PayPal.me</source>
        <translation>PayPal.me</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Payment link</translation>
    </message>
    <message>
        <source>Payment on pickup</source>
        <translation>Payment on pickup</translation>
    </message>
    <message>
        <source>Arranged by e-mail</source>
        <translation>Arranged by e-mail</translation>
    </message>
</context>
<context>
    <name>OrdersLauncher</name>
    <message>
        <source>Orders ({count} new)</source>
        <translation>Orders ({count} new)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>See, fetch and handle your shop's orders, at any time.</source>
        <translation>See, fetch and handle your shop's orders, at any time.</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OrdersWindow</name>
    <message>
        <source>Orders — Échoppe</source>
        <translation>Orders — Échoppe</translation>
    </message>
    <message>
        <source>The orders your customers placed on your site wait on your host, locked so that only your shop file can read them. Fetch them here: each one comes into your shop file and its stock goes down. Then mark each order paid, shipped and delivered as you go; cancelling puts its stock back.</source>
        <translation>The orders your customers placed on your site wait on your host, locked so that only your shop file can read them. Fetch them here: each one comes into your shop file and its stock goes down. Then mark each order paid, shipped and delivered as you go; cancelling puts its stock back.</translation>
    </message>
    <message>
        <source>Search a number, a name, an e-mail</source>
        <translation>Search a number, a name, an e-mail</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Orders</translation>
    </message>
    <message>
        <source>S&amp;tock</source>
        <translation>S&amp;tock</translation>
    </message>
    <message>
        <source>&amp;Book of receipts</source>
        <translation>&amp;Book of receipts</translation>
    </message>
    <message>
        <source>{count} new orders to handle</source>
        <translation>{count} new orders to handle</translation>
    </message>
    <message>
        <source>No new orders to handle</source>
        <translation>No new orders to handle</translation>
    </message>
    <message>
        <source>No order matches your search.</source>
        <translation>No order matches your search.</translation>
    </message>
    <message>
        <source>No orders here yet. Orders placed on your site come in when you fetch them.</source>
        <translation>No orders here yet. Orders placed on your site come in when you fetch them.</translation>
    </message>
    <message>
        <source>No orders with this status.</source>
        <translation>No orders with this status.</translation>
    </message>
    <message>
        <source>Cancel order {number}?</source>
        <translation>Cancel order {number}?</translation>
    </message>
    <message>
        <source>The order is cancelled for good and its stock goes back on the shelf. Tell the customer, and refund them if they had paid.</source>
        <translation>The order is cancelled for good and its stock goes back on the shelf. Tell the customer, and refund them if they had paid.</translation>
    </message>
    <message>
        <source>Record the withdrawal of order {number}?</source>
        <translation>Record the withdrawal of order {number}?</translation>
    </message>
    <message>
        <source>The customer used their right of withdrawal: the order is closed for good and its stock goes back on the shelf. Refund them within 14 days.</source>
        <translation>The customer used their right of withdrawal: the order is closed for good and its stock goes back on the shelf. Refund them within 14 days.</translation>
    </message>
    <message>
        <source>Careful: the name or e-mail on the withdrawal declaration differs from the order's. Make sure it comes from your customer first.</source>
        <translation>Careful: the name or e-mail on the withdrawal declaration differs from the order's. Make sure it comes from your customer first.</translation>
    </message>
    <message>
        <source>&amp;Yes, put the stock back</source>
        <translation>&amp;Yes, put the stock back</translation>
    </message>
    <message>
        <source>&amp;Keep the order</source>
        <translation>&amp;Keep the order</translation>
    </message>
    <message>
        <source>Stock changed ({changes}). Publish now so your site shows it?</source>
        <translation>Stock changed ({changes}). Publish now so your site shows it?</translation>
    </message>
    <message>
        <source>No mail program answered. Write to {email} yourself; the message was:
{body}</source>
        <translation>No mail program answered. Write to {email} yourself; the message was:
{body}</translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message>
        <source>Your shop was already up to date: nothing changed for your customers.</source>
        <translation>Your shop was already up to date: nothing changed for your customers.</translation>
    </message>
    <message>
        <source>Published: your customers now see the new version of your shop.</source>
        <translation>Published: your customers now see the new version of your shop.</translation>
    </message>
    <message>
        <source>Your shop is ready in its folder.</source>
        <translation>Your shop is ready in its folder.</translation>
    </message>
    <message>
        <source>Your shop is in the folder {folder}. It is not on the Internet yet: open it here to look at it. To put it online, choose "On my web host" above and publish again.</source>
        <translation>Your shop is in the folder {folder}. It is not on the Internet yet: open it here to look at it. To put it online, choose "On my web host" above and publish again.</translation>
    </message>
    <message>
        <source>Your shop is at: {url}
Next: open it to check it, then give this address to your customers.</source>
        <translation>Your shop is at: {url}
Next: open it to check it, then give this address to your customers.</translation>
    </message>
    <message>
        <source>Your shop is online, in the folder {folder} of {server}. Type its web address in "Address of your shop" above: Échoppe will check it and you can open it from here.</source>
        <translation>Your shop is online, in the folder {folder} of {server}. Type its web address in "Address of your shop" above: Échoppe will check it and you can open it from here.</translation>
    </message>
    <message>
        <source>{sent} files sent ({size}), {deleted} removed, in {seconds} s.</source>
        <translation>{sent} files sent ({size}), {deleted} removed, in {seconds} s.</translation>
    </message>
    <message>
        <source>{sent} files written ({size}), {deleted} removed, in {seconds} s.</source>
        <translation>{sent} files written ({size}), {deleted} removed, in {seconds} s.</translation>
    </message>
    <message>
        <source>removed: {path}</source>
        <translation>removed: {path}</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… and {n} more.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password needed</source>
        <translation>Password needed</translation>
    </message>
    <message>
        <source>Passphrase of your key file, to connect as {user} to {host}:</source>
        <translation>Passphrase of your key file, to connect as {user} to {host}:</translation>
    </message>
    <message>
        <source>Password of {user} on {host} (it is in the e-mail your host sent you):</source>
        <translation>Password of {user} on {host} (it is in the e-mail your host sent you):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Remember it on this computer</source>
        <translation>&amp;Remember it on this computer</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>The preview appears here once your shop is open.</source>
        <translation>The preview appears here once your shop is open.</translation>
    </message>
    <message>
        <source>Open in my &amp;browser</source>
        <translation>Open in my &amp;browser</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <source>Preview of your shop, as your customers will see it.</source>
        <translation>Preview of your shop, as your customers will see it.</translation>
    </message>
    <message>
        <source>The preview opened in your web browser ({url}); it updates there by itself after each change.</source>
        <translation>The preview opened in your web browser ({url}); it updates there by itself after each change.</translation>
    </message>
    <message>
        <source>The preview could not be built ({what}).</source>
        <translation>The preview could not be built ({what}).</translation>
    </message>
    <message>
        <source>Address of the preview</source>
        <translation>Address of the preview</translation>
    </message>
    <message>
        <source>&amp;Copy the address</source>
        <translation>&amp;Copy the address</translation>
    </message>
    <message>
        <source>No web browser could be opened on this computer. Copy the address below and paste it into your browser's address bar.</source>
        <translation>No web browser could be opened on this computer. Copy the address below and paste it into your browser's address bar.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>The product</source>
        <translation>The product</translation>
    </message>
    <message>
        <source>&amp;Name *:</source>
        <translation>&amp;Name *:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Price:</translation>
    </message>
    <message>
        <source>empty = not counted</source>
        <translation>empty = not counted</translation>
    </message>
    <message>
        <source>S&amp;tock:</source>
        <translation>S&amp;tock:</translation>
    </message>
    <message>
        <source>in grams</source>
        <translation>in grams</translation>
    </message>
    <message>
        <source>&amp;Weight (g):</source>
        <translation>&amp;Weight (g):</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>Choose a category, or type a new one (use &gt; for a sub-category: Clothes &gt; T-shirts).</source>
        <translation>Choose a category, or type a new one (use &gt; for a sub-category: Clothes &gt; T-shirts).</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;On sale (shown on the site)</source>
        <translation>&amp;On sale (shown on the site)</translation>
    </message>
    <message>
        <source>Feat&amp;ured on the home page</source>
        <translation>Feat&amp;ured on the home page</translation>
    </message>
    <message>
        <source>Pa&amp;yment link:</source>
        <translation>Pa&amp;yment link:</translation>
    </message>
    <message>
        <source>Optional: a Stripe or PayPal payment link for this product, copied from their website.</source>
        <translation>Optional: a Stripe or PayPal payment link for this product, copied from their website.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>not said</translation>
    </message>
    <message>
        <source>Has a &amp;date</source>
        <translation>Has a &amp;date</translation>
    </message>
    <message>
        <source>When, where, how</source>
        <translation>When, where, how</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <source>Download &amp;link:</source>
        <translation>Download &amp;link:</translation>
    </message>
    <message>
        <source>Where the buyer downloads the file once they have paid (a private link from your cloud storage).</source>
        <translation>Where the buyer downloads the file once they have paid (a private link from your cloud storage).</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Photos of the product</source>
        <translation>Photos of the product</translation>
    </message>
    <message>
        <source>Add p&amp;hotos…</source>
        <translation>Add p&amp;hotos…</translation>
    </message>
    <message>
        <source>Remove the selected photo</source>
        <translation>Remove the selected photo</translation>
    </message>
    <message>
        <source>Drop photos here; drag them to change the order. The first one is the main photo.</source>
        <translation>Drop photos here; drag them to change the order. The first one is the main photo.</translation>
    </message>
    <message>
        <source>e.g. Size, Colour</source>
        <translation>e.g. Size, Colour</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variants</translation>
    </message>
    <message>
        <source>Add a &amp;variant</source>
        <translation>Add a &amp;variant</translation>
    </message>
    <message>
        <source>Remove the selected variant</source>
        <translation>Remove the selected variant</translation>
    </message>
    <message>
        <source>Options and variants</source>
        <translation>Options and variants</translation>
    </message>
    <message>
        <source>O&amp;ptions:</source>
        <translation>O&amp;ptions:</translation>
    </message>
    <message>
        <source>Up to three option names separated by commas. Then one row per combination you sell; an empty price means the product's price.</source>
        <translation>Up to three option names separated by commas. Then one row per combination you sell; an empty price means the product's price.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Net quantity</source>
        <translation>Net quantity</translation>
    </message>
    <message>
        <source>First name the options (e.g. Size), then add variants.</source>
        <translation>First name the options (e.g. Size), then add variants.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n photo(s)…</source>
        <translation><numerusform>Preparing %n photo(s)…</numerusform>
            <numerusform>Preparing %n photo(s)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Some photos could not be used:</source>
        <translation>Some photos could not be used:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Variant %1: %2</translation>
    </message>
    <message>
        <source>Variant %1: write the net quantity like 250 g, 1,5 kg, 75 ml or 1 l.</source>
        <translation>Variant %1: write the net quantity like 250 g, 1,5 kg, 75 ml or 1 l.</translation>
    </message>
    <message>
        <source>%1: write a whole number, or leave it empty.</source>
        <translation>%1: write a whole number, or leave it empty.</translation>
    </message>
    <message>
        <source>Reduction:</source>
        <translation>Reduction:</translation>
    </message>
    <message>
        <source>Variant %1: the stock must be a whole number.</source>
        <translation>Variant %1: the stock must be a whole number.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>%1 instead of %2 (-%3 %), since %4</source>
        <translation>%1 instead of %2 (-%3 %), since %4</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Not saved yet: correct what is shown above.</source>
        <translation>Not saved yet: correct what is shown above.</translation>
    </message>
    <message>
        <source>This product cannot be saved yet (click Close again to drop the unsaved changes):</source>
        <translation>This product cannot be saved yet (click Close again to drop the unsaved changes):</translation>
    </message>
</context>
<context>
    <name>ProductLegalBox</name>
    <message>
        <source>e.g. 250</source>
        <translation>e.g. 250</translation>
    </message>
    <message>
        <source>Unit of the net quantity</source>
        <translation>Unit of the net quantity</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>Net quantity and price per kilogram or litre</source>
        <translation>Net quantity and price per kilogram or litre</translation>
    </message>
    <message>
        <source>Net &amp;quantity:</source>
        <translation>Net &amp;quantity:</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Unit price:</translation>
    </message>
    <message>
        <source>For a product sold by weight or volume, the law asks for the price per kilogram or litre beside the price: the site computes it from the net quantity.</source>
        <translation>For a product sold by weight or volume, the law asks for the price per kilogram or litre beside the price: the site computes it from the net quantity.</translation>
    </message>
    <message>
        <source>Shops of this kind usually need it.</source>
        <translation>Shops of this kind usually need it.</translation>
    </message>
    <message>
        <source>The 14-day right of withdrawal applies</source>
        <translation>The 14-day right of withdrawal applies</translation>
    </message>
    <message>
        <source>No withdrawal: made to the customer's specifications</source>
        <translation>No withdrawal: made to the customer's specifications</translation>
    </message>
    <message>
        <source>No withdrawal: perishable (deteriorates or expires quickly)</source>
        <translation>No withdrawal: perishable (deteriorates or expires quickly)</translation>
    </message>
    <message>
        <source>No withdrawal once unsealed (hygiene or health)</source>
        <translation>No withdrawal once unsealed (hygiene or health)</translation>
    </message>
    <message>
        <source>No withdrawal: digital content supplied at once, with the customer's consent</source>
        <translation>No withdrawal: digital content supplied at once, with the customer's consent</translation>
    </message>
    <message>
        <source>Right of withdrawal</source>
        <translation>Right of withdrawal</translation>
    </message>
    <message>
        <source>&amp;Withdrawal:</source>
        <translation>&amp;Withdrawal:</translation>
    </message>
    <message>
        <source>Only the cases the law lists (art. L221-28 of the consumer code) remove the right of withdrawal; the product page and the order say so.</source>
        <translation>Only the cases the law lists (art. L221-28 of the consumer code) remove the right of withdrawal; the product page and the order say so.</translation>
    </message>
    <message>
        <source>the product's name when empty</source>
        <translation>the product's name when empty</translation>
    </message>
    <message>
        <source>e.g. May contain traces of nuts</source>
        <translation>e.g. May contain traces of nuts</translation>
    </message>
    <message>
        <source>e.g. 12 % vol., for drinks above 1.2 %</source>
        <translation>e.g. 12 % vol., for drinks above 1.2 %</translation>
    </message>
    <message>
        <source>you, when empty</source>
        <translation>you, when empty</translation>
    </message>
    <message>
        <source>your address, when empty</source>
        <translation>your address, when empty</translation>
    </message>
    <message>
        <source>Food information</source>
        <translation>Food information</translation>
    </message>
    <message>
        <source>The law (Regulation (EU) 1169/2011) asks for these before the purchase: the product page shows them.</source>
        <translation>The law (Regulation (EU) 1169/2011) asks for these before the purchase: the product page shows them.</translation>
    </message>
    <message>
        <source>Name of the &amp;food:</source>
        <translation>Name of the &amp;food:</translation>
    </message>
    <message>
        <source>&amp;Ingredients:</source>
        <translation>&amp;Ingredients:</translation>
    </message>
    <message>
        <source>Allergen &amp;note:</source>
        <translation>Allergen &amp;note:</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>&amp;Storage:</translation>
    </message>
    <message>
        <source>Instructions for &amp;use:</source>
        <translation>Instructions for &amp;use:</translation>
    </message>
    <message>
        <source>Ori&amp;gin:</source>
        <translation>Ori&amp;gin:</translation>
    </message>
    <message>
        <source>Alco&amp;hol:</source>
        <translation>Alco&amp;hol:</translation>
    </message>
    <message>
        <source>Food &amp;business operator:</source>
        <translation>Food &amp;business operator:</translation>
    </message>
    <message>
        <source>Operator's a&amp;ddress:</source>
        <translation>Operator's a&amp;ddress:</translation>
    </message>
    <message>
        <source>I &amp;make it myself (I am the manufacturer)</source>
        <translation>I &amp;make it myself (I am the manufacturer)</translation>
    </message>
    <message>
        <source>The manufacturer is &amp;outside the European Union</source>
        <translation>The manufacturer is &amp;outside the European Union</translation>
    </message>
    <message>
        <source>batch or model; the product's reference when empty</source>
        <translation>batch or model; the product's reference when empty</translation>
    </message>
    <message>
        <source>Product safety</source>
        <translation>Product safety</translation>
    </message>
    <message>
        <source>The EU product safety regulation (GPSR) asks the product page to name the manufacturer and give warnings and safety information.</source>
        <translation>The EU product safety regulation (GPSR) asks the product page to name the manufacturer and give warnings and safety information.</translation>
    </message>
    <message>
        <source>Manufacturer's na&amp;me:</source>
        <translation>Manufacturer's na&amp;me:</translation>
    </message>
    <message>
        <source>Manufacturer's postal address:</source>
        <translation>Manufacturer's postal address:</translation>
    </message>
    <message>
        <source>Manufacturer's email:</source>
        <translation>Manufacturer's email:</translation>
    </message>
    <message>
        <source>EU responsible person:</source>
        <translation>EU responsible person:</translation>
    </message>
    <message>
        <source>Their postal address:</source>
        <translation>Their postal address:</translation>
    </message>
    <message>
        <source>Their email:</source>
        <translation>Their email:</translation>
    </message>
    <message>
        <source>Product t&amp;ype:</source>
        <translation>Product t&amp;ype:</translation>
    </message>
    <message>
        <source>Batch or model re&amp;ference:</source>
        <translation>Batch or model re&amp;ference:</translation>
    </message>
    <message>
        <source>Warnings and safety &amp;information:</source>
        <translation>Warnings and safety &amp;information:</translation>
    </message>
    <message>
        <source>Manufacturer's email</source>
        <translation>Manufacturer's email</translation>
    </message>
    <message>
        <source>Email of the EU responsible person</source>
        <translation>Email of the EU responsible person</translation>
    </message>
    <message>
        <source>%1: “%2” is not an email address; the page could not show it.</source>
        <translation>%1: “%2” is not an email address; the page could not show it.</translation>
    </message>
    <message>
        <source>Net quantity: write a number greater than zero, like 250 or 0,75.</source>
        <translation>Net quantity: write a number greater than zero, like 250 or 0,75.</translation>
    </message>
    <message>
        <source>Net quantity: choose its unit (g, kg, ml or l).</source>
        <translation>Net quantity: choose its unit (g, kg, ml or l).</translation>
    </message>
    <message>
        <source>none (no net quantity)</source>
        <translation>none (no net quantity)</translation>
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
        <translation>%1 per %2, shown beside the price</translation>
    </message>
    <message>
        <source>Emphasised on the page as allergens: %1</source>
        <translation>Emphasised on the page as allergens: %1</translation>
    </message>
    <message>
        <source>The 14 allergens (milk, eggs, wheat, nuts…) are emphasised on the page by themselves.</source>
        <translation>The 14 allergens (milk, eggs, wheat, nuts…) are emphasised on the page by themselves.</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Untick to hide this product from the site without deleting it.</source>
        <translation>Untick to hide this product from the site without deleting it.</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Your products</source>
        <translation>Your products</translation>
    </message>
    <message>
        <source>What you sell, with prices and photos. Double-click a product to change it.</source>
        <translation>What you sell, with prices and photos. Double-click a product to change it.</translation>
    </message>
    <message>
        <source>Add your products one by one, or import them from a spreadsheet or from WooCommerce or Shopify (CSV file). Untick “On sale” to hide a product without deleting it. The order of the table is the order on your site: drag a row, or use the arrows, to change it. Everything is saved as you type.</source>
        <translation>Add your products one by one, or import them from a spreadsheet or from WooCommerce or Shopify (CSV file). Untick “On sale” to hide a product without deleting it. The order of the table is the order on your site: drag a row, or use the arrows, to change it. Everything is saved as you type.</translation>
    </message>
    <message>
        <source>&amp;Add a product</source>
        <translation>&amp;Add a product</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Move up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Move down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet or CSV file…</source>
        <translation>&amp;Import a spreadsheet or CSV file…</translation>
    </message>
    <message>
        <source>Und&amp;o</source>
        <translation>Und&amp;o</translation>
    </message>
    <message>
        <source>Excel (.xlsx), LibreOffice (.ods) and CSV files are read as they are. You see what will be imported, and the rows that cannot be, before anything changes.</source>
        <translation>Excel (.xlsx), LibreOffice (.ods) and CSV files are read as they are. You see what will be imported, and the rows that cannot be, before anything changes.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Delete a product</source>
        <translation>Delete a product</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this right after.</source>
        <translation>Delete “%1”? You can undo this right after.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1” was deleted.</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (%1)</source>
        <translation>Spreadsheets and CSV files (%1)</translation>
    </message>
    <message>
        <source>Read the characters of those lines as Windows-1252 and the rest as UTF-8? The preview then names those lines so that you can check them.</source>
        <translation>Read the characters of those lines as Windows-1252 and the rest as UTF-8? The preview then names those lines so that you can check them.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Add at least one product to go on (or import a file).</source>
        <translation>Add at least one product to go on (or import a file).</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>Publish your shop</source>
        <translation>Publish your shop</translation>
    </message>
    <message>
        <source>Put your shop on the Web, or in a folder on this computer to try it.</source>
        <translation>Put your shop on the Web, or in a folder on this computer to try it.</translation>
    </message>
    <message>
        <source>Your web host gave you an SFTP login: a server name, a user name and a password, and the folder your site goes in. Choose your host in the list to fill the usual values, then click "Test the connection". No host yet? Publish to a folder on this computer: you can open your shop from there and publish it online later. Only what changed is sent each time.</source>
        <translation>Your web host gave you an SFTP login: a server name, a user name and a password, and the folder your site goes in. Choose your host in the list to fill the usual values, then click "Test the connection". No host yet? Publish to a folder on this computer: you can open your shop from there and publish it online later. Only what changed is sent each time.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>&amp;Publish my changes</source>
        <translation>&amp;Publish my changes</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({what}). Try again; if it happens again, please tell us what you were doing.</source>
        <translation>Something unexpected went wrong ({what}). Try again; if it happens again, please tell us what you were doing.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>It works: connected to {server}, the folder {folder} is ready.</source>
        <translation>It works: connected to {server}, the folder {folder} is ready.</translation>
    </message>
    <message>
        <source>Connected to {server}, but the folder {folder} does not exist yet: it will be created when you publish. Check its name (for example www/ or public_html/).</source>
        <translation>Connected to {server}, but the folder {folder} does not exist yet: it will be created when you publish. Check its name (for example www/ or public_html/).</translation>
    </message>
    <message>
        <source>Connected to {server}, but this login may not write in the folder {folder}. Check the folder of your site, or ask your host.</source>
        <translation>Connected to {server}, but this login may not write in the folder {folder}. Check the folder of your site, or ask your host.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nothing was sent.</translation>
    </message>
    <message>
        <source>Backup passphrase kept: an encrypted copy of your shop will go to your host after each publish.</source>
        <translation>Backup passphrase kept: an encrypted copy of your shop will go to your host after each publish.</translation>
    </message>
    <message>
        <source>This computer has no safe password store, so the backup passphrase cannot be kept and no encrypted copy can go to your host.</source>
        <translation>This computer has no safe password store, so the backup passphrase cannot be kept and no encrypted copy can go to your host.</translation>
    </message>
    <message>
        <source>This folder is not empty</source>
        <translation>This folder is not empty</translation>
    </message>
    <message>
        <source>Publish &amp;anyway</source>
        <translation>Publish &amp;anyway</translation>
    </message>
    <message>
        <source>You refused the server's identity: nothing was sent. Check the server name, or ask your host for its SSH fingerprint.</source>
        <translation>You refused the server's identity: nothing was sent. Check the server name, or ask your host for its SSH fingerprint.</translation>
    </message>
    <message>
        <source>Your legal notice must also name your host: its name, address and phone, filled in when you choose it in the list. At the bottom, Échoppe lists what the law still asks of your shop, each with a button that takes you where to fill it in.</source>
        <translation>Your legal notice must also name your host: its name, address and phone, filled in when you choose it in the list. At the bottom, Échoppe lists what the law still asks of your shop, each with a button that takes you where to fill it in.</translation>
    </message>
</context>
<context>
    <name>PublishPanel</name>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>What will &amp;change?</source>
        <translation>What will &amp;change?</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Back&amp;up passphrase…</source>
        <translation>Back&amp;up passphrase…</translation>
    </message>
    <message>
        <source>Publishing progress</source>
        <translation>Publishing progress</translation>
    </message>
    <message>
        <source>&amp;Open my shop</source>
        <translation>&amp;Open my shop</translation>
    </message>
    <message>
        <source>Print a &amp;flyer…</source>
        <translation>Print a &amp;flyer…</translation>
    </message>
    <message>
        <source>A flyer with a QR code to your shop, for a market stall or a parcel</source>
        <translation>A flyer with a QR code to your shop, for a market stall or a parcel</translation>
    </message>
    <message>
        <source>Preparing your pages…</source>
        <translation>Preparing your pages…</translation>
    </message>
    <message>
        <source>Stopping after the file being sent…</source>
        <translation>Stopping after the file being sent…</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… and {n} more.</translation>
    </message>
    <message>
        <source>Before you open to the public, complete this:</source>
        <translation>Before you open to the public, complete this:</translation>
    </message>
    <message>
        <source>Your products are also in two shopping feeds: {google} for Google and {meta} for Facebook and Instagram.</source>
        <translation>Your products are also in two shopping feeds: {google} for Google and {meta} for Facebook and Instagram.</translation>
    </message>
    <message>
        <source>To show them for free, add the first address in Google Merchant Center under Products › Feeds (Data sources in the newer Merchant Center), and the second in Meta Commerce Manager under Catalogue › Data sources, as a scheduled feed.</source>
        <translation>To show them for free, add the first address in Google Merchant Center under Products › Feeds (Data sources in the newer Merchant Center), and the second in Meta Commerce Manager under Catalogue › Data sources, as a scheduled feed.</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <source>Left out of the feeds because they have no picture ({n}): {names}. Add a picture on the Products page and publish again.</source>
        <translation>Left out of the feeds because they have no picture ({n}): {names}. Add a picture on the Products page and publish again.</translation>
    </message>
    <message>
        <source>Connecting to your host…</source>
        <translation>Connecting to your host…</translation>
    </message>
    <message>
        <source>Sending your shop…</source>
        <translation>Sending your shop…</translation>
    </message>
    <message>
        <source>Removing pages you deleted…</source>
        <translation>Removing pages you deleted…</translation>
    </message>
    <message>
        <source>Checking your shop's address…</source>
        <translation>Checking your shop's address…</translation>
    </message>
    <message>
        <source>Preparing your pages… {done} of {total}</source>
        <translation>Preparing your pages… {done} of {total}</translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation>{done} of {total} files</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <source>Sending your shop: {details}</source>
        <translation>Sending your shop: {details}</translation>
    </message>
    <message>
        <source>a few seconds left</source>
        <translation>a few seconds left</translation>
    </message>
    <message>
        <source>about {n} s left</source>
        <translation>about {n} s left</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>about {n} min left</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
</context>
<context>
    <name>ReceiptsPanel</name>
    <message>
        <source>A micro-entrepreneur keeps a book of receipts: each payment received, with its date, reference, customer, what was sold, the amount and how it was paid. Échoppe writes it from the orders you marked paid (a cancelled or withdrawn order after payment gets its refund line).</source>
        <translation>A micro-entrepreneur keeps a book of receipts: each payment received, with its date, reference, customer, what was sold, the amount and how it was paid. Échoppe writes it from the orders you marked paid (a cancelled or withdrawn order after payment gets its refund line).</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>The whole year</source>
        <translation>The whole year</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>PDF, to print</source>
        <translation>PDF, to print</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation>CSV, for a spreadsheet</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
        <source>Where to save it</source>
        <translation>Where to save it</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Save &amp;as:</translation>
    </message>
    <message>
        <source>&amp;Write the book of receipts</source>
        <translation>&amp;Write the book of receipts</translation>
    </message>
    <message>
        <source>Nothing for {period} yet: an order appears here once you mark it paid in the Orders tab.</source>
        <translation>Nothing for {period} yet: an order appears here once you mark it paid in the Orders tab.</translation>
    </message>
    <message>
        <source>For {period}: payments received: {payments}</source>
        <translation>For {period}: payments received: {payments}</translation>
    </message>
    <message>
        <source>, refunds: {refunds}</source>
        <translation>, refunds: {refunds}</translation>
    </message>
    <message>
        <source>, {amount} in all</source>
        <translation>, {amount} in all</translation>
    </message>
    <message>
        <source>book-of-receipts-{period}</source>
        <translation>book-of-receipts-{period}</translation>
    </message>
    <message>
        <source>Save the book of receipts</source>
        <translation>Save the book of receipts</translation>
    </message>
    <message>
        <source>Choose where to save the book of receipts.</source>
        <translation>Choose where to save the book of receipts.</translation>
    </message>
    <message>
        <source>{count} receipts written to {path}.</source>
        <translation>{count} receipts written to {path}.</translation>
    </message>
    <message>
        <source>The book of receipts could not be written: {error}</source>
        <translation>The book of receipts could not be written: {error}</translation>
    </message>
</context>
<context>
    <name>ReductionNote</name>
    <message>
        <source>Show a reduction (the former price crossed out)</source>
        <translation>Show a reduction (the former price crossed out)</translation>
    </message>
    <message>
        <source>The law (art. L112-1-1 of the consumer code) sets the former price: the lowest price of the 30 days before the reduction began. You cannot choose it.</source>
        <translation>The law (art. L112-1-1 of the consumer code) sets the former price: the lowest price of the 30 days before the reduction began. You cannot choose it.</translation>
    </message>
    <message>
        <source>No reduction can be shown now: the price is not below the lowest price of the last 30 days. Lower the price itself, and the site shows the right former price.</source>
        <translation>No reduction can be shown now: the price is not below the lowest price of the last 30 days. Lower the price itself, and the site shows the right former price.</translation>
    </message>
    <message>
        <source>The site will show: %1.</source>
        <translation>The site will show: %1.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a shop</source>
        <translation>Restore a shop</translation>
    </message>
    <message>
        <source>The restored shop opens as a new file: your current shop file is never replaced.</source>
        <translation>The restored shop opens as a new file: your current shop file is never replaced.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Choose the shop whose backups you want to see.</source>
        <translation>Choose the shop whose backups you want to see.</translation>
    </message>
    <message>
        <source>&amp;Shop file…</source>
        <translation>&amp;Shop file…</translation>
    </message>
    <message>
        <source>Backups of this shop</source>
        <translation>Backups of this shop</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>From this &amp;computer</source>
        <translation>From this &amp;computer</translation>
    </message>
    <message>
        <source>Which shop?</source>
        <translation>Which shop?</translation>
    </message>
    <message>
        <source>Échoppe shops (*.echoppe)</source>
        <translation>Échoppe shops (*.echoppe)</translation>
    </message>
    <message>
        <source>Backups of {name}:</source>
        <translation>Backups of {name}:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Site folder:</source>
        <translation>Site folder:</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>Backup passphrase:</translation>
    </message>
    <message>
        <source>New shop file:</source>
        <translation>New shop file:</translation>
    </message>
    <message>
        <source>From my &amp;host</source>
        <translation>From my &amp;host</translation>
    </message>
    <message>
        <source>Save the restored shop as</source>
        <translation>Save the restored shop as</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Choose a backup in the list first.</translation>
    </message>
    <message>
        <source>Fill in the server, the login, the backup passphrase and the new file's name.</source>
        <translation>Fill in the server, the login, the backup passphrase and the new file's name.</translation>
    </message>
    <message>
        <source>Unknown server</source>
        <translation>Unknown server</translation>
    </message>
</context>
<context>
    <name>SellingPage</name>
    <message>
        <source>How you sell</source>
        <translation>How you sell</translation>
    </message>
    <message>
        <source>How customers order and pay. The defaults work: you can come back later.</source>
        <translation>How customers order and pay. The defaults work: you can come back later.</translation>
    </message>
    <message>
        <source>Your site needs no server of its own. With “order by email”, the customer fills a basket and sends you the order by email; you reply with how to pay. Payment links (Stripe, PayPal) let them pay a product at once. A PayPal.me name lets them pay the basket total. Each order email lists every item, so you can always check the amount.</source>
        <translation>Your site needs no server of its own. With “order by email”, the customer fills a basket and sends you the order by email; you reply with how to pay. Payment links (Stripe, PayPal) let them pay a product at once. A PayPal.me name lets them pay the basket total. Each order email lists every item, so you can always check the amount.</translation>
    </message>
    <message>
        <source>Ordering and paying</source>
        <translation>Ordering and paying</translation>
    </message>
    <message>
        <source>Customers &amp;order by email</source>
        <translation>Customers &amp;order by email</translation>
    </message>
    <message>
        <source>The basket opens the customer's email with the order written out; you receive it and answer.</source>
        <translation>The basket opens the customer's email with the order written out; you receive it and answer.</translation>
    </message>
    <message>
        <source>Orders go to &amp;this address:</source>
        <translation>Orders go to &amp;this address:</translation>
    </message>
    <message>
        <source>Show each product's &amp;payment link</source>
        <translation>Show each product's &amp;payment link</translation>
    </message>
    <message>
        <source>Paste a Stripe or PayPal payment link in a product to show a “Pay now” button for it.</source>
        <translation>Paste a Stripe or PayPal payment link in a product to show a “Pay now” button for it.</translation>
    </message>
    <message>
        <source>your PayPal.me name, e.g. leabocaux</source>
        <translation>your PayPal.me name, e.g. leabocaux</translation>
    </message>
    <message>
        <source>PayPal.&amp;me name:</source>
        <translation>PayPal.&amp;me name:</translation>
    </message>
    <message>
        <source>Customers can then pay the basket total at paypal.me/yourname. Leave empty if you don't use PayPal.</source>
        <translation>Customers can then pay the basket total at paypal.me/yourname. Leave empty if you don't use PayPal.</translation>
    </message>
    <message>
        <source>Take the orders on my &amp;host (order desk, needs PHP)</source>
        <translation>Take the orders on my &amp;host (order desk, needs PHP)</translation>
    </message>
    <message>
        <source>A few small PHP files published with your site take each order, compute the total again, email the customer a confirmation and keep the order, sealed, for you to fetch. Publishing checks that the host runs PHP; without it, customers order by email.</source>
        <translation>A few small PHP files published with your site take each order, compute the total again, email the customer a confirmation and keep the order, sealed, for you to fetch. Publishing checks that the host runs PHP; without it, customers order by email.</translation>
    </message>
    <message>
        <source>optional, e.g. FR76 3000 6000 0112 3456 7890 189</source>
        <translation>optional, e.g. FR76 3000 6000 0112 3456 7890 189</translation>
    </message>
    <message>
        <source>IBAN for bank &amp;transfers:</source>
        <translation>IBAN for bank &amp;transfers:</translation>
    </message>
    <message>
        <source>Discount codes</source>
        <translation>Discount codes</translation>
    </message>
    <message>
        <source>A code the customer types in the basket for a discount, like WELCOME10. Anyone reading your site can find the codes: check each order.</source>
        <translation>A code the customer types in the basket for a discount, like WELCOME10. Anyone reading your site can find the codes: check each order.</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>Percentage off</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Amount off</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>e.g. 10</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>YYYY-MM-DD, optional</translation>
    </message>
    <message>
        <source>Co&amp;de, kind, value:</source>
        <translation>Co&amp;de, kind, value:</translation>
    </message>
    <message>
        <source>Minimum order, from, until:</source>
        <translation>Minimum order, from, until:</translation>
    </message>
    <message>
        <source>&amp;Save the code</source>
        <translation>&amp;Save the code</translation>
    </message>
    <message>
        <source>Delete the selected code</source>
        <translation>Delete the selected code</translation>
    </message>
    <message>
        <source>Print a &amp;flyer with this code…</source>
        <translation>Print a &amp;flyer with this code…</translation>
    </message>
    <message>
        <source>A flyer with the code and a QR code to your shop, for a market stall or a parcel (the shop must be online)</source>
        <translation>A flyer with the code and a QR code to your shop, for a market stall or a parcel (the shop must be online)</translation>
    </message>
    <message>
        <source>Promotion banner</source>
        <translation>Promotion banner</translation>
    </message>
    <message>
        <source>e.g. −10 % on your first order with WELCOME10</source>
        <translation>e.g. −10 % on your first order with WELCOME10</translation>
    </message>
    <message>
        <source>Banne&amp;r text:</source>
        <translation>Banne&amp;r text:</translation>
    </message>
    <message>
        <source>Code it adverti&amp;ses:</source>
        <translation>Code it adverti&amp;ses:</translation>
    </message>
    <message>
        <source>Shown at the top of every page while it is filled in. Leave empty for no banner.</source>
        <translation>Shown at the top of every page while it is filled in. Leave empty for no banner.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Off: customers order by email.</source>
        <translation>Off: customers order by email.</translation>
    </message>
    <message>
        <source>On, but you publish to a folder: there is no PHP there, customers order by email.</source>
        <translation>On, but you publish to a folder: there is no PHP there, customers order by email.</translation>
    </message>
    <message>
        <source>On: set the shop's public address on the Publish page, the desk needs it.</source>
        <translation>On: set the shop's public address on the Publish page, the desk needs it.</translation>
    </message>
    <message>
        <source>On: the next publish checks that your host runs PHP.</source>
        <translation>On: the next publish checks that your host runs PHP.</translation>
    </message>
    <message>
        <source>On and online (PHP %1 on your host).</source>
        <translation>On and online (PHP %1 on your host).</translation>
    </message>
    <message>
        <source>On, but your host did not run PHP with sodium and mail() at the last publish: customers order by email.</source>
        <translation>On, but your host did not run PHP with sodium and mail() at the last publish: customers order by email.</translation>
    </message>
    <message>
        <source>Its private key is kept in the shop file: back up the shop file.</source>
        <translation>Its private key is kept in the shop file: back up the shop file.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it like 2026-12-24.</source>
        <translation>“%1” is not a date: write it like 2026-12-24.</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Value: %1</translation>
    </message>
    <message>
        <source>Minimum order: %1</source>
        <translation>Minimum order: %1</translation>
    </message>
    <message>
        <source>Orders by email need a valid address here (or on the “Your shop” page) to go on.</source>
        <translation>Orders by email need a valid address here (or on the “Your shop” page) to go on.</translation>
    </message>
    <message>
        <source>Choose at least one way for customers to order: by email, payment links or PayPal.me.</source>
        <translation>Choose at least one way for customers to order: by email, payment links or PayPal.me.</translation>
    </message>
</context>
<context>
    <name>ShippingPage</name>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>What delivery costs your customers. The basket adds it to the order.</source>
        <translation>What delivery costs your customers. The basket adds it to the order.</translation>
    </message>
    <message>
        <source>Give one line per way of sending: where to (France, European Union, whole world) and how the price works — one price, free above an order amount, or a price up to a weight. The customer picks one in the basket. A sensible start is already there. The law asks for a firm delivery deadline: the terms of sale promise each option's (30 days when you give none). Pickup lets customers collect their order from you, free by default; give its address and opening hours.</source>
        <translation>Give one line per way of sending: where to (France, European Union, whole world) and how the price works — one price, free above an order amount, or a price up to a weight. The customer picks one in the basket. A sensible start is already there. The law asks for a firm delivery deadline: the terms of sale promise each option's (30 days when you give none). Pickup lets customers collect their order from you, free by default; give its address and opening hours.</translation>
    </message>
    <message>
        <source>e.g. Colissimo</source>
        <translation>e.g. Colissimo</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Where to:</source>
        <translation>&amp;Where to:</translation>
    </message>
    <message>
        <source>&amp;How the price works:</source>
        <translation>&amp;How the price works:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Price:</translation>
    </message>
    <message>
        <source>&amp;Free from (order amount):</source>
        <translation>&amp;Free from (order amount):</translation>
    </message>
    <message>
        <source>Up to this &amp;weight (g):</source>
        <translation>Up to this &amp;weight (g):</translation>
    </message>
    <message numerus="yes">
        <source>not said: %n day(s)</source>
        <translation><numerusform>not said: %n day(s)</numerusform>
            <numerusform>not said: %n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> day(s)</translation>
    </message>
    <message>
        <source>The terms of sale promise “delivered within N days” (art. L216-1 of the consumer code): without a deadline, the law says 30 days.</source>
        <translation>The terms of sale promise “delivered within N days” (art. L216-1 of the consumer code): without a deadline, the law says 30 days.</translation>
    </message>
    <message>
        <source>Pic&amp;kup: the customer collects the order (free by default)</source>
        <translation>Pic&amp;kup: the customer collects the order (free by default)</translation>
    </message>
    <message>
        <source>where the customer comes, e.g. 12 rue des Lilas, 69001 Lyon</source>
        <translation>where the customer comes, e.g. 12 rue des Lilas, 69001 Lyon</translation>
    </message>
    <message>
        <source>Pickup add&amp;ress:</source>
        <translation>Pickup add&amp;ress:</translation>
    </message>
    <message>
        <source>e.g. Saturday 9 am – 12 pm, or by appointment</source>
        <translation>e.g. Saturday 9 am – 12 pm, or by appointment</translation>
    </message>
    <message>
        <source>Opening &amp;hours:</source>
        <translation>Opening &amp;hours:</translation>
    </message>
    <message>
        <source>&amp;Add this rate</source>
        <translation>&amp;Add this rate</translation>
    </message>
    <message>
        <source>&amp;Update the selected rate</source>
        <translation>&amp;Update the selected rate</translation>
    </message>
    <message>
        <source>&amp;Delete the selected rate</source>
        <translation>&amp;Delete the selected rate</translation>
    </message>
    <message>
        <source>Ready for pickup &amp;within:</source>
        <translation>Ready for pickup &amp;within:</translation>
    </message>
    <message>
        <source>Delivered &amp;within:</source>
        <translation>Delivered &amp;within:</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Price: %1</translation>
    </message>
    <message>
        <source>Free from: %1</source>
        <translation>Free from: %1</translation>
    </message>
    <message>
        <source>The weight is a whole number of grams, like 2000.</source>
        <translation>The weight is a whole number of grams, like 2000.</translation>
    </message>
    <message>
        <source>Give the pickup address and opening hours: the terms of sale show them.</source>
        <translation>Give the pickup address and opening hours: the terms of sale show them.</translation>
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
        <translation>European Union</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Whole world</translation>
    </message>
    <message>
        <source>One price</source>
        <translation>One price</translation>
    </message>
    <message>
        <source>Free above an amount</source>
        <translation>Free above an amount</translation>
    </message>
    <message>
        <source>Up to a weight</source>
        <translation>Up to a weight</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Free above</source>
        <translation>Free above</translation>
    </message>
    <message>
        <source>Max. weight (g)</source>
        <translation>Max. weight (g)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day(s)</numerusform>
            <numerusform>%n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not said)</source>
        <translation>%1 (not said)</translation>
    </message>
    <message>
        <source>pickup, %1</source>
        <translation>pickup, %1</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>Your shop</translation>
    </message>
    <message>
        <source>Who you are and how to reach you. Fields marked * are needed to go on.</source>
        <translation>Who you are and how to reach you. Fields marked * are needed to go on.</translation>
    </message>
    <message>
        <source>The name, tagline and text about you appear on every page of your site. The law asks any online seller to say who they are, where they can be reached and how a customer can settle a dispute: Échoppe writes the legal pages from the “Who sells” part. You can fill it in later; publishing reminds you of what is missing.</source>
        <translation>The name, tagline and text about you appear on every page of your site. The law asks any online seller to say who they are, where they can be reached and how a customer can settle a dispute: Échoppe writes the legal pages from the “Who sells” part. You can fill it in later; publishing reminds you of what is missing.</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>The shop</translation>
    </message>
    <message>
        <source>Shop na&amp;me *:</source>
        <translation>Shop na&amp;me *:</translation>
    </message>
    <message>
        <source>One sentence: what you sell and for whom</source>
        <translation>One sentence: what you sell and for whom</translation>
    </message>
    <message>
        <source>&amp;Tagline:</source>
        <translation>&amp;Tagline:</translation>
    </message>
    <message>
        <source>A few words about you and your work (shown on the “About” page)</source>
        <translation>A few words about you and your work (shown on the “About” page)</translation>
    </message>
    <message>
        <source>&amp;About you:</source>
        <translation>&amp;About you:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>Choose a &amp;logo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <source>Or drop an image file on the frame.</source>
        <translation>Or drop an image file on the frame.</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Main colour</source>
        <translation>Main colour</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Accent colour</translation>
    </message>
    <message>
        <source>Main:</source>
        <translation>Main:</translation>
    </message>
    <message>
        <source>Accent:</source>
        <translation>Accent:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language of the &amp;site:</source>
        <translation>Language of the &amp;site:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <source>How customers reach you</source>
        <translation>How customers reach you</translation>
    </message>
    <message>
        <source>&amp;Email *:</source>
        <translation>&amp;Email *:</translation>
    </message>
    <message>
        <source>Orders arrive at this address, and the law asks that customers can write to you.</source>
        <translation>Orders arrive at this address, and the law asks that customers can write to you.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Address of the &amp;website:</source>
        <translation>Address of the &amp;website:</translation>
    </message>
    <message>
        <source>Where your shop will be on the Web, if you know it already (your host gives it to you). Used for links shared on social networks.</source>
        <translation>Where your shop will be on the Web, if you know it already (your host gives it to you). Used for links shared on social networks.</translation>
    </message>
    <message>
        <source>Who sells (for the legal pages)</source>
        <translation>Who sells (for the legal pages)</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>The law asks a seller to give their real name, so customers know who they buy from.</source>
        <translation>The law asks a seller to give their real name, so customers know who they buy from.</translation>
    </message>
    <message>
        <source>A micro-entrepreneur writes “EI” (entrepreneur individuel) after their name: the law requires it since 2022.</source>
        <translation>A micro-entrepreneur writes “EI” (entrepreneur individuel) after their name: the law requires it since 2022.</translation>
    </message>
    <message>
        <source>Your &amp;legal name:</source>
        <translation>Your &amp;legal name:</translation>
    </message>
    <message>
        <source>Your own name followed by “EI” if you are a micro-entrepreneur.</source>
        <translation>Your own name followed by “EI” if you are a micro-entrepreneur.</translation>
    </message>
    <message>
        <source>A postal address where you can be reached is compulsory for any online seller.</source>
        <translation>A postal address where you can be reached is compulsory for any online seller.</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation>Postal a&amp;ddress:</translation>
    </message>
    <message>
        <source>Your business number (14 digits), on your registration certificate or on annuaire-entreprises.data.gouv.fr.</source>
        <translation>Your business number (14 digits), on your registration certificate or on annuaire-entreprises.data.gouv.fr.</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>&amp;SIRET:</translation>
    </message>
    <message>
        <source>Not subject to VAT (franchise en base)</source>
        <translation>Not subject to VAT (franchise en base)</translation>
    </message>
    <message>
        <source>Subject to VAT</source>
        <translation>Subject to VAT</translation>
    </message>
    <message>
        <source>Most micro-entrepreneurs do not charge VAT: the site then shows “TVA non applicable, art. 293 B du CGI”, as the law asks.</source>
        <translation>Most micro-entrepreneurs do not charge VAT: the site then shows “TVA non applicable, art. 293 B du CGI”, as the law asks.</translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation>&amp;VAT:</translation>
    </message>
    <message>
        <source>VAT numbe&amp;r:</source>
        <translation>VAT numbe&amp;r:</translation>
    </message>
    <message>
        <source>Every seller to consumers must offer a free consumer mediator for disputes; you sign up with one (e.g. CM2C, Medicys).</source>
        <translation>Every seller to consumers must offer a free consumer mediator for disputes; you sign up with one (e.g. CM2C, Medicys).</translation>
    </message>
    <message>
        <source>Consumer &amp;mediator:</source>
        <translation>Consumer &amp;mediator:</translation>
    </message>
    <message>
        <source>Mediator's &amp;website:</source>
        <translation>Mediator's &amp;website:</translation>
    </message>
    <message>
        <source>A customer who disagrees with you can turn to this mediator for free: the law asks you to name one.</source>
        <translation>A customer who disagrees with you can turn to this mediator for free: the law asks you to name one.</translation>
    </message>
    <message>
        <source>Your web host's name is filled in later, on the Publish page (Who hosts your site).</source>
        <translation>Your web host's name is filled in later, on the Publish page (Who hosts your site).</translation>
    </message>
    <message>
        <source>Still needed before publishing: %1</source>
        <translation>Still needed before publishing: %1</translation>
    </message>
    <message>
        <source>Everything this page needs is there.</source>
        <translation>Everything this page needs is there.</translation>
    </message>
    <message>
        <source>Everything the legal pages need is there.</source>
        <translation>Everything the legal pages need is there.</translation>
    </message>
    <message>
        <source>Drop your logo here</source>
        <translation>Drop your logo here</translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation>Choose your logo</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>This image could not be used: %1</source>
        <translation>This image could not be used: %1</translation>
    </message>
    <message>
        <source>Give your shop a name to go on.</source>
        <translation>Give your shop a name to go on.</translation>
    </message>
    <message>
        <source>Give an email address where customers can reach you to go on.</source>
        <translation>Give an email address where customers can reach you to go on.</translation>
    </message>
</context>
<context>
    <name>ShopWizard</name>
    <message>
        <source>Échoppe — open your shop</source>
        <translation>Échoppe — open your shop</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Help (F1)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>What you sell</source>
        <translation>What you sell</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Your shop</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Selling</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Look</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
</context>
<context>
    <name>SiteChanges</name>
    <message>
        <source>the home page</source>
        <translation>the home page</translation>
    </message>
    <message>
        <source>the list of all products</source>
        <translation>the list of all products</translation>
    </message>
    <message>
        <source>the basket</source>
        <translation>the basket</translation>
    </message>
    <message>
        <source>the About page</source>
        <translation>the About page</translation>
    </message>
    <message>
        <source>the contact page</source>
        <translation>the contact page</translation>
    </message>
    <message>
        <source>the legal notice</source>
        <translation>the legal notice</translation>
    </message>
    <message>
        <source>the terms of sale</source>
        <translation>the terms of sale</translation>
    </message>
    <message>
        <source>the privacy page</source>
        <translation>the privacy page</translation>
    </message>
    <message>
        <source>the search page</source>
        <translation>the search page</translation>
    </message>
    <message>
        <source>the withdrawal form</source>
        <translation>the withdrawal form</translation>
    </message>
    <message>
        <source>the "page not found" page</source>
        <translation>the "page not found" page</translation>
    </message>
    <message>
        <source>the {name} page</source>
        <translation>the {name} page</translation>
    </message>
    <message>
        <source>the {name} category</source>
        <translation>the {name} category</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>Pages of your shop ({n}): {names}.</source>
        <translation>Pages of your shop ({n}): {names}.</translation>
    </message>
    <message>
        <source>Pages updated ({n}): {names}.</source>
        <translation>Pages updated ({n}): {names}.</translation>
    </message>
    <message>
        <source>New or changed pictures: {n}.</source>
        <translation>New or changed pictures: {n}.</translation>
    </message>
    <message>
        <source>The look of the site (colours, fonts) changed.</source>
        <translation>The look of the site (colours, fonts) changed.</translation>
    </message>
    <message>
        <source>Pages removed ({n}): {names}.</source>
        <translation>Pages removed ({n}): {names}.</translation>
    </message>
</context>
<context>
    <name>SourceLabels</name>
    <message>
        <source>your link “{name}”</source>
        <translation>your link “{name}”</translation>
    </message>
    <message>
        <source>{name} (search engine)</source>
        <translation>{name} (search engine)</translation>
    </message>
    <message>
        <source>{name} (social network)</source>
        <translation>{name} (social network)</translation>
    </message>
    <message>
        <source>{name} (another site)</source>
        <translation>{name} (another site)</translation>
    </message>
    <message>
        <source>Direct (typed in, bookmark)</source>
        <translation>Direct (typed in, bookmark)</translation>
    </message>
    <message>
        <source>Search engines</source>
        <translation>Search engines</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Social networks</translation>
    </message>
    <message>
        <source>Other sites</source>
        <translation>Other sites</translation>
    </message>
    <message>
        <source>Your links (flyers, QR codes)</source>
        <translation>Your links (flyers, QR codes)</translation>
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
        <translation>Statistics</translation>
    </message>
    <message>
        <source>How many people visit your site, from where, and what they look at, from your host's logs (no cookie, nothing added to your pages).</source>
        <translation>How many people visit your site, from where, and what they look at, from your host's logs (no cookie, nothing added to your pages).</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Statistics — Échoppe</source>
        <translation>Statistics — Échoppe</translation>
    </message>
    <message>
        <source>Your visitors, counted from the log your host already keeps: nothing is added to your pages, no cookie is set, no address is kept. Fetch the new visits from time to time.</source>
        <translation>Your visitors, counted from the log your host already keeps: nothing is added to your pages, no cookie is set, no address is kept. Fetch the new visits from time to time.</translation>
    </message>
    <message>
        <source>&amp;Show the last:</source>
        <translation>&amp;Show the last:</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>A period ends on the last day counted: fetch the new visits to bring it up to today.</source>
        <translation>A period ends on the last day counted: fetch the new visits to bring it up to today.</translation>
    </message>
    <message>
        <source>No visits counted yet.

Click “Fetch the new visits from my host”: Échoppe reads the access logs your host keeps (the same login as publishing). If your host does not let it, download a log from your host's control panel and click “Read a log file…”.

Nothing is added to your pages and no cookie is set: there is no consent banner to show.</source>
        <translation>No visits counted yet.

Click “Fetch the new visits from my host”: Échoppe reads the access logs your host keeps (the same login as publishing). If your host does not let it, download a log from your host's control panel and click “Read a log file…”.

Nothing is added to your pages and no cookie is set: there is no consent banner to show.</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>pages seen</source>
        <translation>pages seen</translation>
    </message>
    <message>
        <source>product views</source>
        <translation>product views</translation>
    </message>
    <message>
        <source>added to the cart</source>
        <translation>added to the cart</translation>
    </message>
    <message>
        <source>orders sent</source>
        <translation>orders sent</translation>
    </message>
    <message>
        <source>searches</source>
        <translation>searches</translation>
    </message>
    <message>
        <source>Visits per day (blue bars) and pages seen (orange line)</source>
        <translation>Visits per day (blue bars) and pages seen (orange line)</translation>
    </message>
    <message>
        <source>From looking to buying</source>
        <translation>From looking to buying</translation>
    </message>
    <message>
        <source>Products looked at most</source>
        <translation>Products looked at most</translation>
    </message>
    <message>
        <source>Where your visitors come from</source>
        <translation>Where your visitors come from</translation>
    </message>
    <message>
        <source>What people searched on your site</source>
        <translation>What people searched on your site</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>from {first} to {last}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{visits} visits and {pages} pages seen in {days} days, {average} visits a day on average. Busiest day: {best} ({best_visits} visits).</source>
        <translation>{visits} visits and {pages} pages seen in {days} days, {average} visits a day on average. Busiest day: {best} ({best_visits} visits).</translation>
    </message>
    <message>
        <source>Product views</source>
        <translation>Product views</translation>
    </message>
    <message>
        <source>Added to the cart</source>
        <translation>Added to the cart</translation>
    </message>
    <message>
        <source>Orders sent</source>
        <translation>Orders sent</translation>
    </message>
    <message>
        <source>{views} product views → {adds} added to the cart ({adds_percent} of the views) → {orders} orders sent ({orders_percent} of the cart adds).</source>
        <translation>{views} product views → {adds} added to the cart ({adds_percent} of the views) → {orders} orders sent ({orders_percent} of the cart adds).</translation>
    </message>
    <message>
        <source>No product page was looked at in this period.</source>
        <translation>No product page was looked at in this period.</translation>
    </message>
    <message>
        <source>{group}: {visits} ({percent})</source>
        <translation>{group}: {visits} ({percent})</translation>
    </message>
    <message>
        <source>“{term}”</source>
        <translation>“{term}”</translation>
    </message>
    <message>
        <source>Nobody used your site's search box in this period.</source>
        <translation>Nobody used your site's search box in this period.</translation>
    </message>
    <message>
        <source>{count} searches. {list}</source>
        <translation>{count} searches. {list}</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Go back to this step</source>
        <translation>Go back to this step</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <source>Stock goes down when an order comes in (or when it is paid, if you chose so) and comes back when an order is cancelled or withdrawn. Change it in the Products step.</source>
        <translation>Stock goes down when an order comes in (or when it is paid, if you chose so) and comes back when an order is cancelled or withdrawn. Change it in the Products step.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>When stock goes down</source>
        <translation>When stock goes down</translation>
    </message>
    <message>
        <source>Take an order's items out of stock only once it is &amp;paid</source>
        <translation>Take an order's items out of stock only once it is &amp;paid</translation>
    </message>
    <message>
        <source>Off (the usual choice): stock goes down as soon as an order comes in, so nobody can order what is already promised to someone else.</source>
        <translation>Off (the usual choice): stock goes down as soon as an order comes in, so nobody can order what is already promised to someone else.</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>not counted</translation>
    </message>
    <message>
        <source>0 — sold out</source>
        <translation>0 — sold out</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <source>Where should your shop go?</source>
        <translation>Where should your shop go?</translation>
    </message>
    <message>
        <source>In a &amp;folder on this computer (no host yet, or to try)</source>
        <translation>In a &amp;folder on this computer (no host yet, or to try)</translation>
    </message>
    <message>
        <source>On my &amp;web host, over SFTP</source>
        <translation>On my &amp;web host, over SFTP</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Folder to publish into</source>
        <translation>Folder to publish into</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Your web host</source>
        <translation>Your web host</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>e.g. ftp.my-shop.fr</source>
        <translation>e.g. ftp.my-shop.fr</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>&amp;Key file</source>
        <translation>&amp;Key file</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Sign in with:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Re&amp;member the password on this computer</source>
        <translation>Re&amp;member the password on this computer</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Key file:</translation>
    </message>
    <message>
        <source>Fol&amp;der of your site:</source>
        <translation>Fol&amp;der of your site:</translation>
    </message>
    <message>
        <source>e.g. www/ or public_html/</source>
        <translation>e.g. www/ or public_html/</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <source>Address of your shop</source>
        <translation>Address of your shop</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <source>https://www.my-shop.fr/</source>
        <translation>https://www.my-shop.fr/</translation>
    </message>
    <message>
        <source>The address people type to visit your shop (your host or domain name registrar tells you). Échoppe checks after publishing that it works.</source>
        <translation>The address people type to visit your shop (your host or domain name registrar tells you). Échoppe checks after publishing that it works.</translation>
    </message>
    <message>
        <source>Other host</source>
        <translation>Other host</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Key &amp;passphrase:</translation>
    </message>
    <message>
        <source>leave empty if the key has none</source>
        <translation>leave empty if the key has none</translation>
    </message>
    <message>
        <source>The password will be asked each time: it is never written in the shop file.</source>
        <translation>The password will be asked each time: it is never written in the shop file.</translation>
    </message>
    <message>
        <source>Your private key file</source>
        <translation>Your private key file</translation>
    </message>
    <message>
        <source>Choose the folder to publish into.</source>
        <translation>Choose the folder to publish into.</translation>
    </message>
    <message>
        <source>Type only the server's name, without "sftp://" or "https://".</source>
        <translation>Type only the server's name, without "sftp://" or "https://".</translation>
    </message>
    <message>
        <source>Type your login (the user name your host gave you).</source>
        <translation>Type your login (the user name your host gave you).</translation>
    </message>
    <message>
        <source>Choose your key file, or sign in with a password.</source>
        <translation>Choose your key file, or sign in with a password.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Échoppe</source>
        <translation>Welcome to Échoppe</translation>
    </message>
    <message>
        <source>Open your own shop on the Web, step by step. Everything you type is saved as you go.</source>
        <translation>Open your own shop on the Web, step by step. Everything you type is saved as you go.</translation>
    </message>
    <message>
        <source>A shop lives in one file on your computer (ending in .echoppe). Copy that file and you have a full backup. Create a new shop, or continue one you started before.</source>
        <translation>A shop lives in one file on your computer (ending in .echoppe). Copy that file and you have a full backup. Create a new shop, or continue one you started before.</translation>
    </message>
    <message>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Language of the app:</translation>
    </message>
    <message>
        <source>&amp;Continue a shop I already have</source>
        <translation>&amp;Continue a shop I already have</translation>
    </message>
    <message>
        <source>e.g. Les Bocaux de Léa</source>
        <translation>e.g. Les Bocaux de Léa</translation>
    </message>
    <message>
        <source>Name of the new shop</source>
        <translation>Name of the new shop</translation>
    </message>
    <message>
        <source>Create a ne&amp;w shop</source>
        <translation>Create a ne&amp;w shop</translation>
    </message>
    <message>
        <source>Shop na&amp;me:</source>
        <translation>Shop na&amp;me:</translation>
    </message>
    <message>
        <source>File of the new shop</source>
        <translation>File of the new shop</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose where to save the new shop</source>
        <translation>Choose where to save the new shop</translation>
    </message>
    <message>
        <source>&amp;Saved in:</source>
        <translation>&amp;Saved in:</translation>
    </message>
    <message>
        <source>Your shop is one file. Keep it somewhere you back up.</source>
        <translation>Your shop is one file. Keep it somewhere you back up.</translation>
    </message>
    <message>
        <source>Recent shops</source>
        <translation>Recent shops</translation>
    </message>
    <message>
        <source>&amp;Recent shops:</source>
        <translation>&amp;Recent shops:</translation>
    </message>
    <message>
        <source>&amp;Open a shop file…</source>
        <translation>&amp;Open a shop file…</translation>
    </message>
    <message>
        <source>&amp;Publish my changes</source>
        <translation>&amp;Publish my changes</translation>
    </message>
    <message>
        <source>This shop was published before: send what changed since, in one click.</source>
        <translation>This shop was published before: send what changed since, in one click.</translation>
    </message>
    <message>
        <source>&amp;Restore a shop…</source>
        <translation>&amp;Restore a shop…</translation>
    </message>
    <message>
        <source>Bring a shop back from a backup on this computer or from the encrypted copy on your host, into a new file.</source>
        <translation>Bring a shop back from a backup on this computer or from the encrypted copy on your host, into a new file.</translation>
    </message>
    <message>
        <source>Continue with “%1”</source>
        <translation>Continue with “%1”</translation>
    </message>
    <message>
        <source>No shop opened yet.</source>
        <translation>No shop opened yet.</translation>
    </message>
    <message>
        <source>A file with this name already exists there. Choose another name, or continue that shop instead.</source>
        <translation>A file with this name already exists there. Choose another name, or continue that shop instead.</translation>
    </message>
    <message>
        <source>Where to save your shop</source>
        <translation>Where to save your shop</translation>
    </message>
    <message>
        <source>Échoppe shops (*.echoppe)</source>
        <translation>Échoppe shops (*.echoppe)</translation>
    </message>
    <message>
        <source>Open a shop</source>
        <translation>Open a shop</translation>
    </message>
    <message>
        <source>Opened: %1 (%2)</source>
        <translation>Opened: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the shop file to open (from the list or with Browse) to go on.</source>
        <translation>Choose the shop file to open (from the list or with Browse) to go on.</translation>
    </message>
    <message>
        <source>Give your new shop a name to go on.</source>
        <translation>Give your new shop a name to go on.</translation>
    </message>
    <message>
        <source>Choose where to save the shop file to go on.</source>
        <translation>Choose where to save the shop file to go on.</translation>
    </message>
    <message>
        <source>A shop file with this name already exists there: open it, or choose another name or folder.</source>
        <translation>A shop file with this name already exists there: open it, or choose another name or folder.</translation>
    </message>
</context>
</TS>