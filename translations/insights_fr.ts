<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../models/apiclient.cpp" line="+23"/>
        <source>no certificate</source>
        <translation>aucun certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject %1; issuer %2; valid %3 to %4; SHA-256 %5</source>
        <translation>objet %1&#xa0;; émetteur %2&#xa0;; valide du %3 au %4&#xa0;; SHA-256 %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server did not answer within %1 s.</source>
        <translation>Le serveur n&apos;a pas répondu dans un délai de %1 s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing answers at %1. Is the server running?</source>
        <translation>Rien ne répond à l&apos;adresse %1. Le serveur est-il démarré&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server name %1 could not be found. Check the address and your network.</source>
        <translation>Le nom de serveur %1 est introuvable. Vérifiez l&apos;adresse et votre réseau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to %1 broke before the answer was complete.</source>
        <translation>La connexion à %1 a été interrompue avant la fin de la réponse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer in HTTP.</source>
        <translation>%1 n&apos;a pas répondu en HTTP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network failed: %1</source>
        <translation>Erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+42"/>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The server&apos;s answer was not valid JSON (%1).</source>
        <translation>La réponse du serveur n&apos;était pas un JSON valide (%1).</translation>
    </message>
    <message>
        <location filename="../models/apierror.cpp" line="+51"/>
        <source>The server could not read the request: %1</source>
        <translation>Le serveur n&apos;a pas pu lire la requête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it was malformed</source>
        <translation>elle était mal formée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed out. Sign in again to continue.</source>
        <translation>Vous êtes déconnecté. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role may not do this.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It no longer exists on the server.</source>
        <translation>Cet élément n&apos;existe plus sur le serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This conflicts with the current state on the server.</source>
        <translation>Cela entre en conflit avec l&apos;état actuel sur le serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server no longer has these changes; a full reload is needed.</source>
        <translation>Le serveur ne dispose plus de ces modifications&#xa0;; un rechargement complet est nécessaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone changed this since you opened it. Reload it, or review the differences, before saving.</source>
        <translation>Quelqu&apos;un a modifié cet élément depuis que vous l&apos;avez ouvert. Rechargez-le ou examinez les différences avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request is larger than the server accepts (1 MiB).</source>
        <translation>La requête dépasse la taille acceptée par le serveur (1 Mio).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the values.</source>
        <translation>Le serveur a refusé les valeurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fields need attention.</source>
        <translation>%1 champs nécessitent votre attention.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server needs the version you edited; reload and try again.</source>
        <translation>Le serveur a besoin de la version que vous avez modifiée&#xa0;; rechargez et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation>Trop de tentatives. Réessayez dans %1 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many attempts. Try again later.</source>
        <translation>Trop de tentatives. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server failed (HTTP %1). Try again; if it persists, check the server&apos;s log.</source>
        <translation>Erreur du serveur (HTTP %1). Réessayez&#xa0;; si le problème persiste, consultez le journal du serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with an unexpected HTTP %1.</source>
        <translation>Le serveur a renvoyé une réponse HTTP %1 inattendue.</translation>
    </message>
</context>
<context>
    <name>ByosUrl</name>
    <message>
        <location filename="../validators/byosurl.cpp" line="+70"/>
        <source>Paste the container&apos;s URL with its SAS</source>
        <translation>Collez l&apos;URL du conteneur avec sa SAS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Must be a URL such as https://ACCOUNT.blob.core.windows.net/CONTAINER?sv=…</source>
        <translation>Doit être une URL de la forme https://ACCOUNT.blob.core.windows.net/CONTAINER?sv=…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must use https (plain http only for an emulator on this machine)</source>
        <translation>Doit utiliser https (http simple uniquement pour un émulateur sur cette machine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes no user name or fragment</source>
        <translation>Ne doit contenir ni nom d&apos;utilisateur ni fragment</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Must name the account and one container: http://HOST:PORT/ACCOUNT/CONTAINER?…</source>
        <translation>Doit nommer le compte et un conteneur&#xa0;: http://HOST:PORT/ACCOUNT/CONTAINER?…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Must name one container, not a blob or the account: https://ACCOUNT.blob.core.windows.net/CONTAINER?…</source>
        <translation>Doit nommer un seul conteneur, et non un blob ou le compte&#xa0;: https://ACCOUNT.blob.core.windows.net/CONTAINER?…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a container name: 3 to 63 lower-case letters, digits and single hyphens</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de conteneur&#xa0;: 3 à 63 lettres minuscules, chiffres et traits d&apos;union isolés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Has no SAS: paste the whole URL the customer&apos;s storage gives, with its query (?sv=…) and the signature</source>
        <translation>Aucune SAS&#xa0;: collez l&apos;URL complète fournie par le stockage du client, avec sa requête (?sv=…) et la signature</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SAS expiry se=%1 is not a date</source>
        <translation>L&apos;expiration de la SAS se=%1 n&apos;est pas une date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SAS expired on %1; ask the customer for a new one</source>
        <translation>La SAS a expiré le %1&#xa0;; demandez-en une nouvelle au client</translation>
    </message>
</context>
<context>
    <name>DiscardPrompt</name>
    <message>
        <location filename="../forms/discardprompt.cpp" line="+13"/>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes to %1 are not saved.</source>
        <translation>Vos modifications de %1 ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard my changes</source>
        <translation>&amp;Abandonner mes modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la modification</translation>
    </message>
</context>
<context>
    <name>DomainJson</name>
    <message>
        <location filename="../validators/domainjson.cpp" line="+142"/>
        <source>&apos;%1&apos; is not a service type; the only type is %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de service&#xa0;; le seul type est %2</translation>
    </message>
    <message>
        <location filename="../validators/jsonobjectreader.h" line="+40"/>
        <location line="+62"/>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>is not a member of this object</source>
        <translation>n&apos;est pas un membre de cet objet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&apos;%1&apos; is not one of the allowed values</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs autorisées</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <location filename="../validators/fieldrules.cpp" line="+45"/>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a no-break space</source>
        <translation>un espace insécable</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of at most %2 characters</source>
        <translation>%1 caractères (%2 au maximum)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+103"/>
        <source>The text contains a broken character</source>
        <translation>Le texte contient un caractère endommagé</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+101"/>
        <source>White space is not allowed (%1)</source>
        <translation>Les espaces ne sont pas autorisés (%1)</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+101"/>
        <source>Control characters are not allowed (%1)</source>
        <translation>Les caractères de contrôle ne sont pas autorisés (%1)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&apos;%1&apos; is not allowed</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A full stop (.) is not allowed</source>
        <translation>Le point (.) n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A hyphen cannot be the first character</source>
        <translation>Un trait d&apos;union ne peut pas être le premier caractère</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hyphens cannot follow one another</source>
        <translation>Deux traits d&apos;union ne peuvent pas se suivre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A hyphen cannot be the last character</source>
        <translation>Un trait d&apos;union ne peut pas être le dernier caractère</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&apos;%1&apos; is not allowed in a domain name (use letters a-z, digits, hyphens and full stops; write international names in their xn-- form)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas autorisé dans un nom de domaine (utilisez les lettres a-z, les chiffres, les traits d&apos;union et les points&#xa0;; écrivez les noms internationaux sous leur forme xn--)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A domain cannot end with a full stop</source>
        <translation>Un domaine ne peut pas se terminer par un point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A domain cannot have an empty label (a full stop at the start, or two in a row)</source>
        <translation>Un domaine ne peut pas contenir d&apos;étiquette vide (un point au début, ou deux points consécutifs)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label &apos;%1…&apos; is %2 of at most %3 characters</source>
        <translation>L&apos;étiquette «&#xa0;%1…&#xa0;» compte %2 caractères (%3 au maximum)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A label of a domain cannot start with a hyphen</source>
        <translation>Une étiquette de domaine ne peut pas commencer par un trait d&apos;union</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A label of a domain cannot end with a hyphen</source>
        <translation>Une étiquette de domaine ne peut pas se terminer par un trait d&apos;union</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A domain needs at least two labels, such as contoso.onmicrosoft.com</source>
        <translation>Un domaine doit comporter au moins deux étiquettes, comme contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>.%1 is reserved for examples and tests; use the tenant&apos;s real domain</source>
        <translation>.%1 est réservé aux exemples et aux tests ; utilisez le vrai domaine du locataire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is reserved for examples; use the tenant&apos;s real domain</source>
        <translation>%1 est réservé aux exemples ; utilisez le vrai domaine du locataire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A UPN joins the user name and the domain with &apos;@&apos;, as in someone@contoso.com</source>
        <translation>Un UPN relie le nom d&apos;utilisateur et le domaine par «&#xa0;@&#xa0;», comme dans someone@contoso.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>Only one &apos;@&apos; is allowed</source>
        <translation>Un seul «&#xa0;@&#xa0;» est autorisé</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The user name before &apos;@&apos; is missing</source>
        <translation>Le nom d&apos;utilisateur avant «&#xa0;@&#xa0;» est manquant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name before &apos;@&apos; is %1 of at most %2 characters</source>
        <translation>Le nom d&apos;utilisateur avant «&#xa0;@&#xa0;» compte %1 caractères (%2 au maximum)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not allowed before &apos;@&apos; (use letters A-Z, digits and &apos; . - _ ! # ^ ~)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas autorisé avant «&#xa0;@&#xa0;» (utilisez les lettres A-Z, les chiffres et &apos; . - _ ! # ^ ~)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user name before &apos;@&apos; cannot end with a full stop</source>
        <translation>Le nom d&apos;utilisateur avant «&#xa0;@&#xa0;» ne peut pas se terminer par un point</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+48"/>
        <source>Enter the domain after &apos;@&apos;</source>
        <translation>Saisissez le domaine après «&#xa0;@&#xa0;»</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+48"/>
        <source>After &apos;@&apos;: %1</source>
        <translation>Après «&#xa0;@&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>An email address needs an &apos;@&apos;, as in someone@contoso.com</source>
        <translation>Une adresse e-mail doit contenir un «&#xa0;@&#xa0;», comme dans someone@contoso.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The part before &apos;@&apos; is missing</source>
        <translation>La partie avant «&#xa0;@&#xa0;» est manquante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part before &apos;@&apos; is %1 of at most %2 characters</source>
        <translation>La partie avant «&#xa0;@&#xa0;» compte %1 caractères (%2 au maximum)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not allowed before &apos;@&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas autorisé avant «&#xa0;@&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before &apos;@&apos; cannot start or end with a full stop, or have two in a row</source>
        <translation>La partie avant «&#xa0;@&#xa0;» ne peut ni commencer ni se terminer par un point, ni contenir deux points consécutifs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At least %1 user is required</source>
        <translation>Au moins %1 utilisateur est requis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of at most %2 users</source>
        <translation>%1 utilisateurs (%2 au maximum)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot start with white space</source>
        <translation>Ne peut pas commencer par un espace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot end with white space</source>
        <translation>Ne peut pas se terminer par un espace</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose admin, operator or monitor</source>
        <translation>Choisissez admin, operator ou monitor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not allowed in a user name (use letters A-Z, digits and . _ - @)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas autorisé dans un nom d&apos;utilisateur (utilisez les lettres A-Z, les chiffres et . _ - @)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of at least %2 characters</source>
        <translation>%1 caractères (%2 au minimum)</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../validators/lifecycle.cpp" line="+280"/>
        <source>%1 of %2 licences in use: %3 over the included users</source>
        <translation>%1 licences sur %2 utilisées&#xa0;: %3 de plus que les utilisateurs inclus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 licences in use (%3 %)</source>
        <translation>%1 licences sur %2 utilisées (%3&#xa0;%)</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 autres)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>the chosen location</source>
        <translation>l&apos;emplacement choisi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validate the settings</source>
        <translation>Valider les paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the primary storage in %1</source>
        <translation>Créer le stockage principal dans %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create the replica in the paired region (Pro only)</source>
        <translation>Créer le réplica dans la région jumelée (Pro uniquement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Create the replica in the paired region</source>
        <translation>Créer le réplica dans la région jumelée</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Create the replica in the paired region, %1</source>
        <translation>Créer le réplica dans la région jumelée, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the replica in the paired region</source>
        <translation>Arrêter le réplica dans la région jumelée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the replica in the paired region, %1</source>
        <translation>Arrêter le réplica dans la région jumelée, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the recording bot and its paired bot</source>
        <translation>Inscrire le bot d&apos;enregistrement et son bot jumelé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register the recording bot</source>
        <translation>Inscrire le bot d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the paired bot</source>
        <translation>Inscrire le bot jumelé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unregister the paired bot</source>
        <translation>Désinscrire le bot jumelé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue the Quick Start link</source>
        <translation>Générer le lien Quick Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the customer for the Redundant Recording Calls consent</source>
        <translation>Demander au client le consentement «&#xa0;Redundant Recording Calls&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the consents the customer must grant</source>
        <translation>Mettre à jour les consentements que le client doit accorder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unregister the recording bot and its paired bot</source>
        <translation>Désinscrire le bot d&apos;enregistrement et son bot jumelé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unregister the recording bot</source>
        <translation>Désinscrire le bot d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detach the service from its storage in %1 and the replica in %2</source>
        <translation>Détacher le service de son stockage dans %1 et du réplica dans %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detach the service from its storage in %1</source>
        <translation>Détacher le service de son stockage dans %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the recordings&apos; containers in %1 and %2</source>
        <translation>Supprimer les conteneurs des enregistrements dans %1 et %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the recordings&apos; container in %1</source>
        <translation>Supprimer le conteneur des enregistrements dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the Quick Start link</source>
        <translation>Révoquer le lien Quick Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording: unregister the recording bot and its paired bot</source>
        <translation>Arrêter l&apos;enregistrement&#xa0;: désinscrire le bot d&apos;enregistrement et son bot jumelé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording: unregister the recording bot</source>
        <translation>Arrêter l&apos;enregistrement&#xa0;: désinscrire le bot d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume recording: register the recording bot and its paired bot</source>
        <translation>Reprendre l&apos;enregistrement&#xa0;: inscrire le bot d&apos;enregistrement et son bot jumelé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume recording: register the recording bot</source>
        <translation>Reprendre l&apos;enregistrement&#xa0;: inscrire le bot d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Customer must complete the consent process in the Quick Start wizard (missing: %1)</source>
        <translation>Le client doit terminer le processus de consentement dans l&apos;assistant Quick Start (consentements manquants&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../validators/lifecycletransitions.cpp" line="+55"/>
        <source>the service is suspended already</source>
        <translation>le service est déjà suspendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait until the deploy ends</source>
        <translation>attendez la fin du déploiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the deploy failed: retry it or offboard the service</source>
        <translation>le déploiement a échoué&#xa0;: réessayez-le ou retirez le service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the service is offboarded</source>
        <translation>le service a été retiré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the service is not suspended</source>
        <translation>le service n&apos;est pas suspendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the reason: it is shown with the service</source>
        <translation>Indiquez le motif&#xa0;: il est affiché avec le service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most %1 characters (this is %2)</source>
        <translation>%1 caractères au maximum (ici %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the short name %1 to confirm</source>
        <translation>Tapez le nom court %1 pour confirmer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not match the short name %1</source>
        <translation>Ne correspond pas au nom court %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Suspended by %1 on %2 UTC: %3</source>
        <translation>Suspendu par %1 le %2 UTC&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/helpdialogs.cpp" line="+10"/>
        <source>Ctrl+1 … Ctrl+4</source>
        <translation>Ctrl+1 … Ctrl+4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers, Services, Audit trail, Console users (admins)</source>
        <translation>Clients, Services, Journal d&apos;audit, Utilisateurs de la console (administrateurs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an Interaction Recording service</source>
        <translation>Ajouter un service Interaction Recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected customer&apos;s service</source>
        <translation>Modifier le service du client sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, double-click</source>
        <translation>Entrée, double-clic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected row&apos;s service</source>
        <translation>Ouvrir le service de la ligne sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+F10, Menu key</source>
        <translation>Maj+F10, touche Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected row&apos;s actions</source>
        <translation>Les actions de la ligne sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+letter</source>
        <translation>Alt+lettre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The field or button with that underlined letter</source>
        <translation>Le champ ou le bouton dont cette lettre est soulignée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Interaction Insights Console</source>
        <translation>À propos d&apos;Interaction Insights Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Interaction Insights Console %1&lt;/h3&gt;&lt;p&gt;Onboards Microsoft 365 tenants onto Interaction Recording.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Backend:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Qt:&lt;/b&gt; %3 (built with %4)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; proprietary, © 2026 the Interaction Insights team. Qt is used under the GNU LGPL version 3; QtKeychain under the BSD licence; libsodium under the ISC licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Interaction Insights Console %1&lt;/h3&gt;&lt;p&gt;Intègre des locataires Microsoft 365 à Interaction Recording.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Back-end&#xa0;:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Qt&#xa0;:&lt;/b&gt; %3 (compilé avec %4)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence&#xa0;:&lt;/b&gt; propriétaire, © 2026 l&apos;équipe Interaction Insights. Qt est utilisé sous la licence GNU LGPL version 3&#xa0;; QtKeychain sous la licence BSD&#xa0;; libsodium sous la licence ISC.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../server/api.cpp" line="+49"/>
        <source>It changed meanwhile: read it again, then retry</source>
        <translation>Modifié entre-temps&#xa0;: relisez-le, puis réessayez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It exists already</source>
        <translation>Cet élément existe déjà</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../server/serviceroutes.cpp" line="+100"/>
        <source>Names must be unique</source>
        <translation>Les noms doivent être uniques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is already used (taken a moment ago)</source>
        <translation>est déjà utilisé (pris à l&apos;instant)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is unavailable; try again in a moment</source>
        <translation>La base de données est indisponible&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <location filename="../server/apiguard.cpp" line="+110"/>
        <source>Sign in again: %1</source>
        <translation>Reconnectez-vous&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 role may not do this</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» ne permet pas cette action</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Idempotency-Key must have 1 to 255 characters</source>
        <translation>Idempotency-Key doit comporter de 1 à 255 caractères</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This Idempotency-Key was used with another body</source>
        <translation>Cet Idempotency-Key a été utilisé avec un autre corps de requête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already used with a different body</source>
        <translation>déjà utilisé avec un autre corps de requête</translation>
    </message>
    <message>
        <location filename="../server/authroutes.cpp" line="+88"/>
        <source>Too many sign-ins at once; try again in a moment</source>
        <translation>Trop de connexions simultanées&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed sign-ins; try again in %1 s</source>
        <translation>Trop d&apos;échecs de connexion&#xa0;; réessayez dans %1 s</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Wrong user name or password</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <location filename="../server/byosroutes.cpp" line="+52"/>
        <source>Bring your own storage is off for %1; turn it on in the service first</source>
        <translation>L&apos;option Apportez votre propre stockage (BYOS) est désactivée pour %1&#xa0;; activez-la d&apos;abord dans le service</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The name needs 1 to 64 characters</source>
        <translation>Le nom doit comporter de 1 à 64 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs 1 to %1 characters</source>
        <translation>de 1 à %1 caractères requis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service has a location “%1”</source>
        <translation>Le service a déjà un emplacement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another location of this service has this name</source>
        <translation>un autre emplacement de ce service porte ce nom</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Bring your own storage was turned off meanwhile</source>
        <translation>L&apos;option Apportez votre propre stockage a été désactivée entre-temps</translation>
    </message>
    <message>
        <location filename="../server/customerroutes.cpp" line="+70"/>
        <source>Give name, domain or shortName</source>
        <translation>Indiquez name, domain ou shortName</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>status must be OK, Warning, Error or NotOnboarded</source>
        <translation>status doit valoir OK, Warning, Error ou NotOnboarded</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Offboard the customer&apos;s service first</source>
        <translation>Retirez d&apos;abord le service du client</translation>
    </message>
    <message>
        <location filename="../server/feedroutes.cpp" line="+39"/>
        <source>since is not a token this server issued</source>
        <translation>since n&apos;est pas un jeton émis par ce serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token is too old (or from another database); reload everything</source>
        <translation>Le jeton est trop ancien (ou provient d&apos;une autre base de données)&#xa0;; rechargez tout</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>At most 50 targets at once</source>
        <translation>50 cibles au maximum à la fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most 50</source>
        <translation>50 au maximum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an RFC 3339 time, e.g. 2026-12-01T00:00:00Z</source>
        <translation>doit être une date et heure RFC 3339, p. ex. 2026-12-01T00:00:00Z</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>until must be after since</source>
        <translation>until doit être postérieur à since</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be after since</source>
        <translation>doit être postérieur à since</translation>
    </message>
    <message>
        <location filename="../server/importroutes.cpp" line="+54"/>
        <source>The file: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send the file as Content-Type: text/csv (UTF-8)</source>
        <translation>Envoyez le fichier avec Content-Type: text/csv (UTF-8)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dryRun must be true or false</source>
        <translation>dryRun doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>rows must be all, invalid or none</source>
        <translation>rows doit valoir all, invalid ou none</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>limit must be from 1 to 100</source>
        <translation>limit doit être compris entre 1 et 100</translation>
    </message>
    <message>
        <location filename="../server/mailroutes.cpp" line="+26"/>
        <source>The service has no Quick Start link while it is %1; it has one once deployed</source>
        <translation>Le service n&apos;a pas de lien Quick Start tant qu&apos;il a l&apos;état %1&#xa0;; il en a un une fois déployé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service has no contact email to send the Quick Start mail to</source>
        <translation>Le service n&apos;a aucune adresse e-mail de contact à laquelle envoyer l&apos;e-mail Quick Start</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>status must be Pending, Sent or Failed</source>
        <translation>status doit valoir Pending, Sent ou Failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be Pending, Sent or Failed</source>
        <translation>doit valoir Pending, Sent ou Failed</translation>
    </message>
    <message>
        <location filename="../server/resthelpers.cpp" line="+31"/>
        <source>A JSON object is required</source>
        <translation>Un objet JSON est requis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The body is not valid JSON (%1 at byte %2)</source>
        <translation>Le corps de la requête n&apos;est pas un JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The body must be a JSON object</source>
        <translation>Le corps de la requête doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong types or unknown members</source>
        <translation>Types incorrects ou membres inconnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <location filename="../server/serviceroutes.cpp" line="-4"/>
        <location line="+133"/>
        <location filename="../server/userroutes.cpp" line="+209"/>
        <source>See errors for each field</source>
        <translation>Voir les erreurs de chaque champ</translation>
    </message>
    <message>
        <location line="-47"/>
        <location filename="../server/serviceroutes.cpp" line="-23"/>
        <location filename="../server/usageroutes.cpp" line="+47"/>
        <source>is not a member of this object</source>
        <translation>n&apos;est pas un membre de cet objet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>limit must be a whole number from 1 to 1000</source>
        <translation>limit doit être un nombre entier de 1 à 1000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be from 1 to 1000</source>
        <translation>doit être compris entre 1 et 1000</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a cursor this server issued</source>
        <translation>%1 n&apos;est pas un curseur émis par ce serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown cursor</source>
        <translation>curseur inconnu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send If-Match with the ETag you last read</source>
        <translation>Envoyez If-Match avec le dernier ETag que vous avez lu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The object changed since you read it; read it again and reapply your change</source>
        <translation>L&apos;objet a été modifié depuis que vous l&apos;avez lu&#xa0;; relisez-le et appliquez à nouveau votre modification</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No customer with this id</source>
        <translation>Aucun client avec cet identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No service with this id</source>
        <translation>Aucun service avec cet identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No operation with this id</source>
        <translation>Aucune opération avec cet identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No import with this id</source>
        <translation>Aucune importation avec cet identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No storage location with this id</source>
        <translation>Aucun emplacement de stockage avec cet identifiant</translation>
    </message>
    <message>
        <location filename="../server/connections.cpp" line="+69"/>
        <source>The request is larger than %1 MiB</source>
        <translation>La requête dépasse %1 Mio</translation>
    </message>
    <message>
        <location filename="../server/restserver.cpp" line="+207"/>
        <source>The body is %1 bytes; the limit is %2</source>
        <translation>Le corps de la requête fait %1 octets&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No such resource</source>
        <translation>Ressource introuvable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allowed: %1</source>
        <translation>Méthodes autorisées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server failed; see its log</source>
        <translation>Erreur du serveur&#xa0;; consultez le journal du serveur</translation>
    </message>
    <message>
        <location filename="../server/serviceroutes.cpp" line="-142"/>
        <source>&apos;%1&apos; is already used by another service</source>
        <translation>«&#xa0;%1&#xa0;» est déjà utilisé par un autre service</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This customer already has an Interaction Recording service</source>
        <translation>Ce client a déjà un service Interaction Recording</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>status must be a status or a deployment status</source>
        <translation>status doit être un état ou un état de déploiement</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot be modified after deployment</source>
        <translation>ne peut pas être modifié après le déploiement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The service is being offboarded</source>
        <translation>Le service est en cours de retrait</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service is suspended: reactivate it before changing its user type</source>
        <translation>Le service est suspendu&#xa0;: réactivez-le avant de modifier son type d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+53"/>
        <location filename="../server/suspendroutes.cpp" line="+55"/>
        <location line="+31"/>
        <source>Wait for the running operation to finish</source>
        <translation>Attendez la fin de l&apos;opération en cours</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>recordings is “%1”; it must be keep or delete</source>
        <translation>recordings vaut «&#xa0;%1&#xa0;»&#xa0;; il doit valoir keep ou delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be keep or delete</source>
        <translation>doit valoir keep ou delete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service is already offboarded</source>
        <translation>Le service a déjà été retiré</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Only a service in DeploymentError can be deployed again; this one is %1</source>
        <translation>Seul un service à l&apos;état DeploymentError peut être redéployé&#xa0;; celui-ci a l&apos;état %1</translation>
    </message>
    <message>
        <location filename="../server/suspendroutes.cpp" line="-64"/>
        <source>%1 is %2: %3</source>
        <translation>%1 a l&apos;état %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../server/usageroutes.cpp" line="-2"/>
        <source>Unknown member %1</source>
        <translation>Membre inconnu %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number from 0 to %1</source>
        <translation>doit être un nombre entier de 0 à %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an RFC 3339 time, e.g. 2026-12-02T09:00:00Z</source>
        <translation>doit être une date et heure RFC 3339, p. ex. 2026-12-02T09:00:00Z</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is in the future</source>
        <translation>est dans le futur</translation>
    </message>
    <message>
        <location filename="../server/userroutes.cpp" line="-178"/>
        <source>%1 is the last admin; make another user admin first</source>
        <translation>%1 est le dernier administrateur&#xa0;; attribuez d&apos;abord le rôle administrateur à un autre utilisateur</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The user name is taken</source>
        <translation>Ce nom d&apos;utilisateur est déjà pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>You cannot delete yourself</source>
        <translation>Vous ne pouvez pas vous supprimer vous-même</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>An operator with this email exists</source>
        <translation>Un opérateur avec cette adresse e-mail existe déjà</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already an operator of this customer</source>
        <translation>déjà opérateur de ce client</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot be changed; remove the operator and add the new address</source>
        <translation>ne peut pas être modifiée&#xa0;; supprimez l&apos;opérateur et ajoutez la nouvelle adresse</translation>
    </message>
</context>
<context>
    <name>QuickStartPage</name>
    <message>
        <location filename="../server/quickstartpage.cpp" line="+14"/>
        <source>Sign in with your Microsoft 365 administrator account.</source>
        <translation>Connectez-vous avec votre compte administrateur Microsoft 365.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lets the service read users and groups, to know whom to record.</source>
        <translation>Permet au service de lire les utilisateurs et les groupes, pour savoir qui enregistrer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lets the recording bot join Microsoft Teams calls.</source>
        <translation>Permet au bot d&apos;enregistrement de rejoindre les appels Microsoft Teams.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lets the paired bot make the second recording kept in the paired region (Pro).</source>
        <translation>Permet au bot jumelé de réaliser le second enregistrement, conservé dans la région jumelée (Pro).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Quick Start: %1</source>
        <translation>Quick Start&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction Recording: Quick Start</source>
        <translation>Interaction Recording&#xa0;: Quick Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant &lt;strong&gt;%1&lt;/strong&gt; · %2 · %3 of %4 consents granted</source>
        <translation>Locataire &lt;strong&gt;%1&lt;/strong&gt; · %2 · %3 consentements accordés sur %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your service provider has suspended recording for this tenant. Consents can be granted again once it is reactivated.</source>
        <translation>Votre fournisseur de services a suspendu l&apos;enregistrement pour ce locataire. Les consentements pourront de nouveau être accordés une fois l&apos;enregistrement réactivé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All consents are granted. Recording is ready for this tenant.</source>
        <translation>Tous les consentements sont accordés. L&apos;enregistrement est prêt pour ce locataire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As the tenant&apos;s Microsoft 365 administrator, grant each consent below, in order. Start with &lt;strong&gt;M365 Login&lt;/strong&gt;; the others unlock after it.</source>
        <translation>En tant qu&apos;administrateur Microsoft 365 du locataire, accordez chacun des consentements ci-dessous, dans l&apos;ordre. Commencez par &lt;strong&gt;M365 Login&lt;/strong&gt;&#xa0;; les autres se débloquent ensuite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grant the remaining consents. Recording starts once all of them are granted.</source>
        <translation>Accordez les consentements restants. L&apos;enregistrement démarre dès qu&apos;ils sont tous accordés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Granted</source>
        <translation>✓ Accordé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for M365 Login</source>
        <translation>En attente de M365 Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not granted yet</source>
        <translation>Pas encore accordé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grant</source>
        <translation>Accorder</translation>
    </message>
</context>
<context>
    <name>ServiceRules</name>
    <message>
        <location filename="../validators/servicerules.cpp" line="+43"/>
        <source>&apos;%1&apos; is already in the list (entry %2)</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà dans la liste (entrée %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At least one contact email address is required</source>
        <translation>Au moins une adresse e-mail de contact est requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of at most %2 addresses</source>
        <translation>%1 adresses (%2 au maximum)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least one administrator UPN is required</source>
        <translation>Au moins un UPN d&apos;administrateur est requis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of at most %2 UPNs</source>
        <translation>%1 UPN (%2 au maximum)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a storage location</source>
        <translation>Choisissez un emplacement de stockage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a storage location</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un emplacement de stockage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no paired region, so it cannot hold the Advanced Storage replica that Pro needs; choose a paired location or the Essential user type</source>
        <translation>%1 n&apos;a pas de région jumelée et ne peut donc pas accueillir le réplica Advanced Storage requis par Pro&#xa0;; choisissez un emplacement jumelé ou le type d&apos;utilisateur Essential</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; differs from the tenant domain &apos;%2&apos;; Entra accepts only UPNs on domains verified in the tenant</source>
        <translation>«&#xa0;%1&#xa0;» diffère du domaine du locataire «&#xa0;%2&#xa0;»&#xa0;; Entra n&apos;accepte que les UPN sur des domaines vérifiés dans le locataire</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose Essential or Pro</source>
        <translation>Choisissez Essential ou Pro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow to Exceed Included Users is not in use and must stay off</source>
        <translation>«&#xa0;Autoriser le dépassement des utilisateurs inclus&#xa0;» n&apos;est pas utilisé et doit rester désactivé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A waiver reference is only given when Control MSFT Teams Recording Notifications is on</source>
        <translation>Une référence de décharge n&apos;est indiquée que si «&#xa0;Contrôler les notifications d&apos;enregistrement Microsoft Teams&#xa0;» est activé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Advanced Storage is always on for Pro</source>
        <translation>Advanced Storage est toujours activé pour Pro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced Storage is always off for Essential</source>
        <translation>Advanced Storage est toujours désactivé pour Essential</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <location filename="../models/statustext.cpp" line="+11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not onboarded</source>
        <translation>Non intégré</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deploying</source>
        <translation>Déploiement en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending consents</source>
        <translation>Consentements en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployment error</source>
        <translation>Erreur de déploiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting</source>
        <translation>Suppression en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletion failed</source>
        <translation>Échec de la suppression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Essential</source>
        <translation>Essential</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitor</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Admin: everything</source>
        <translation>Administrateur&#xa0;: tous les droits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator: add, edit and delete</source>
        <translation>Opérateur&#xa0;: ajouter, modifier et supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitor: read-only</source>
        <translation>Observateur&#xa0;: lecture seule</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deploy</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offboarding</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivation</source>
        <translation>Réactivation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First admin created</source>
        <translation>Premier administrateur créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console user added</source>
        <translation>Utilisateur de la console ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console user changed</source>
        <translation>Utilisateur de la console modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console user removed</source>
        <translation>Utilisateur de la console supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer created</source>
        <translation>Client créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer changed</source>
        <translation>Client modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer deleted</source>
        <translation>Client supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service created</source>
        <translation>Service créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service changed</source>
        <translation>Service modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service offboarded</source>
        <translation>Service retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy retried</source>
        <translation>Déploiement relancé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service suspended</source>
        <translation>Service suspendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV import started</source>
        <translation>Importation CSV démarrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service reactivated</source>
        <translation>Service réactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator added</source>
        <translation>Opérateur ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator changed</source>
        <translation>Opérateur modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator removed</source>
        <translation>Opérateur supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent granted</source>
        <translation>Consentement accordé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick Start email resent</source>
        <translation>E-mail Quick Start renvoyé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quick Start email</source>
        <translation>E-mail Quick Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready email</source>
        <translation>E-mail «&#xa0;Prêt&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment-failed email</source>
        <translation>E-mail d&apos;échec du déploiement</translation>
    </message>
</context>
<context>
    <name>StorageLocations</name>
    <message>
        <location filename="../validators/storagelocations.cpp" line="+19"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a location without an id or region</source>
        <translation>un emplacement sans identifiant ni région</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no locations</source>
        <translation>aucun emplacement</translation>
    </message>
</context>
<context>
    <name>insights::AuditModel</name>
    <message>
        <location filename="../models/auditmodel.cpp" line="+43"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>insights::AuditPage</name>
    <message>
        <location filename="../app/auditpage.cpp" line="+27"/>
        <location line="+12"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;everything</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter the audit trail</source>
        <translation>Filtrer le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by who, action, target or detail</source>
        <translation>Filtrer par utilisateur, action, cible ou détail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who (a user name)</source>
        <translation>Qui (un nom d&apos;utilisateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who: everyone</source>
        <translation>Qui&#xa0;: tout le monde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer operators</source>
        <translation>Opérateurs des clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console users</source>
        <translation>Utilisateurs de la console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every entry that matches Who, Action and Period as CSV</source>
        <translation>Enregistrer au format CSV toutes les entrées correspondant aux filtres Qui, Action et Période</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No audit entry matches these filters.</source>
        <translation>Aucune entrée du journal ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No audit entry of “%1” matches these filters. Who is a user name exactly as it signs in (suggestions appear as you type).</source>
        <translation>Aucune entrée de « %1 » ne correspond à ces filtres. « Qui » est un nom d&apos;utilisateur tel qu&apos;il se connecte (des suggestions apparaissent pendant la saisie).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server keeps audit entries for %1 days (insights-server --audit-retention-days).</source>
        <translation>Le serveur conserve les entrées d&apos;audit pendant %1 jours (insights-server --audit-retention-days).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing the audit trail of &lt;b&gt;%1&lt;/b&gt; and its service.</source>
        <translation>Affichage du journal d&apos;audit de &lt;b&gt;%1&lt;/b&gt; et de son service.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export failed: %1</source>
        <translation>L&apos;exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported 1 entry to %1.</source>
        <translation>1 entrée exportée vers %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 entries to %2.</source>
        <translation>%1 entrées exportées vers %2.</translation>
    </message>
</context>
<context>
    <name>insights::ByosSection</name>
    <message>
        <location filename="../forms/byossection.cpp" line="+30"/>
        <source>Name the location (for example Archive)</source>
        <translation>Nommez l&apos;emplacement (par exemple Archive)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 64 characters</source>
        <translation>64 caractères au maximum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste the container&apos;s URL with its SAS</source>
        <translation>Collez l&apos;URL du conteneur avec sa SAS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expired: ask the customer for a new SAS</source>
        <translation>Expirée&#xa0;: demandez une nouvelle SAS au client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires today</source>
        <translation>Expire aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires tomorrow</source>
        <translation>Expire demain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires in %1 days</source>
        <translation>Expire dans %1 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remove…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location name</source>
        <translation>Nom de l&apos;emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container URL with SAS</source>
        <translation>URL du conteneur avec SAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify and add</source>
        <translation>&amp;Vérifier et ajouter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s own Azure Blob containers. Ask the customer for a container URL with a SAS that may read, add, create, write, delete and list (sp=racwdl). Each is verified before it is added: a small test file is written, read back and deleted; the SAS stays on the server. Adding and removing take effect at once (Save is for the other tabs).</source>
        <translation>Les conteneurs Azure Blob propres au client. Demandez au client une URL de conteneur avec une SAS autorisant la lecture, l&apos;ajout, la création, l&apos;écriture, la suppression et l&apos;énumération (sp=racwdl). Chacun est vérifié avant d&apos;être ajouté&#xa0;: un petit fichier de test est écrit, relu puis supprimé&#xa0;; la SAS reste sur le serveur. Les ajouts et suppressions prennent effet immédiatement (Enregistrer concerne les autres onglets).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Own storage locations</source>
        <translation>Emplacements de stockage propres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account / container</source>
        <translation>Compte / conteneur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SAS expires</source>
        <translation>Expiration de la SAS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the selected location</source>
        <translation>Supprimer l&apos;emplacement sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify and add the location</source>
        <translation>Vérifier et ajouter l&apos;emplacement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a location</source>
        <translation>Ajouter un emplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container &amp;URL:</source>
        <translation>&amp;URL du conteneur&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Own storage</source>
        <translation>Stockage propre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove a storage location of %1?</source>
        <translation>Supprimer un emplacement de stockage de %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” (%2/%3) from %4? The container and the recordings in it are the customer&apos;s and stay where they are.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» (%2/%3) de %4&#xa0;? Le conteneur et les enregistrements qu&apos;il contient appartiennent au client et restent en place.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not read the storage locations: %1</source>
        <translation>Impossible de lire les emplacements de stockage&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Give a name and a container URL with its SAS</source>
        <translation>Indiquez un nom et une URL de conteneur avec sa SAS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a location first</source>
        <translation>Sélectionnez d&apos;abord un emplacement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verifying… writing, reading and deleting a test file in %1.</source>
        <translation>Vérification… écriture, lecture et suppression d&apos;un fichier de test dans %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added “%1”: %2/%3 verified.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté&#xa0;: %2/%3 vérifié.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” was not added: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was not added; see the message at the field.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été ajouté&#xa0;; voir le message au niveau du champ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Removed “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was not removed: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été supprimé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>insights::CompliancePage</name>
    <message>
        <location filename="../forms/compliancepage.cpp" line="+15"/>
        <source>Control MSFT &amp;Teams Recording Notifications</source>
        <translation>Contrôler les &amp;notifications d&apos;enregistrement Microsoft Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Calling Recordings</source>
        <translation>Su&amp;pprimer les enregistrements d&apos;appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>Advanced Storage (Geographical Redundancy)</source>
        <translation>Advanced Storage (redondance géographique)</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Compliance Exception Features</source>
        <translation>Fonctionnalités d&apos;exception de conformité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All are off by default.</source>
        <translation>Toutes sont désactivées par défaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control MSFT Teams Recording Notifications</source>
        <translation>Contrôler les notifications d&apos;enregistrement Microsoft Teams</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Calling Recordings</source>
        <translation>Supprimer les enregistrements d&apos;appels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced Storage, follows the user type</source>
        <translation>Advanced Storage, suit le type d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lets the customer decide in its Recording Profile whether Teams shows the recording banner. Needs the customer&apos;s signed legal waiver.</source>
        <translation>Permet au client de décider, dans son profil d&apos;enregistrement, si Teams affiche la bannière d&apos;enregistrement. Nécessite la décharge juridique signée par le client.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lets the customer delete call recordings.</source>
        <translation>Permet au client de supprimer les enregistrements d&apos;appels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A second copy of every recording in the paired region, for disaster recovery. On exactly when the user type is Pro.</source>
        <translation>Une seconde copie de chaque enregistrement dans la région jumelée, pour la reprise après sinistre. Activé si et seulement si le type d&apos;utilisateur est Pro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Allow deleting recordings?</source>
        <translation>Autoriser la suppression des enregistrements&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer will be able to delete call recordings. Deleted recordings cannot be recovered. Allow it?</source>
        <translation>Le client pourra supprimer des enregistrements d&apos;appels. Les enregistrements supprimés ne peuvent pas être récupérés. L&apos;autoriser&#xa0;?</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Advanced Storage (Geographical Redundancy): replica in %1</source>
        <translation>Advanced Storage (redondance géographique)&#xa0;: réplica dans %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> &lt;a href=&quot;#storage&quot;&gt;Change the storage location&lt;/a&gt;</source>
        <translation> &lt;a href=&quot;#storage&quot;&gt;Modifier l&apos;emplacement de stockage&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiver reference: %1</source>
        <translation>Référence de la décharge&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>insights::ConsentListModel</name>
    <message>
        <location filename="../models/consentlistmodel.cpp" line="+40"/>
        <source>Granted on %1</source>
        <translation>Accordé le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not granted yet</source>
        <translation>Pas encore accordé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not required for this user type</source>
        <translation>Non requis pour ce type d&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>insights::ConsoleUsersPage</name>
    <message>
        <location filename="../app/consoleuserspage.cpp" line="+31"/>
        <location line="+14"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter un utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Console users</source>
        <translation>Utilisateurs de la console</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Role of the selected user</source>
        <translation>Rôle de l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected user</source>
        <translation>Supprimer l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a console user</source>
        <translation>Ajouter un utilisateur de la console</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role of the selected &amp;user:</source>
        <translation>Rôle de l&apos;&amp;utilisateur sélectionné&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider&apos;s staff who may sign in to this console. Only admins see this page.</source>
        <translation>Le personnel du fournisseur autorisé à se connecter à cette console. Seuls les administrateurs voient cette page.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the console user %1? They can no longer sign in.</source>
        <translation>Supprimer l&apos;utilisateur de la console %1&#xa0;? Il ne pourra plus se connecter.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The last admin cannot be removed: make another user admin first</source>
        <translation>Le dernier administrateur ne peut pas être supprimé&#xa0;: attribuez d&apos;abord le rôle administrateur à un autre utilisateur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not load the users: %1</source>
        <translation>Impossible de charger les utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Not added: %1</source>
        <translation>Non ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not removed: %1</source>
        <translation>Non supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is now %2.</source>
        <translation>Le rôle de %1 est désormais %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role not changed: %1</source>
        <translation>Rôle non modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>insights::CsvExport</name>
    <message>
        <location filename="../app/csvexport.cpp" line="+57"/>
        <source>Export customers</source>
        <translation>Exporter les clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export canceled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>1 row exported.</source>
        <translation>1 ligne exportée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows exported.</source>
        <translation>%1 lignes exportées.</translation>
    </message>
</context>
<context>
    <name>insights::CustomerDetailsView</name>
    <message>
        <location filename="../app/customerdetailsview.cpp" line="+48"/>
        <source>: %1</source>
        <translation>&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1 (tried once)</source>
        <translation>&#xa0;: %1 (une tentative)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 (tried %2 times)</source>
        <translation>&#xa0;: %1 (%2 tentatives)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer details</source>
        <translation>Détails du client</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&lt;h4&gt;Usage&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Utilisation&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p style=&apos;color:#5f6368&apos;&gt;Licences: %1 included; the recording platform has not reported how many are in use yet.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6368&apos;&gt;Licences&#xa0;: %1 incluses&#xa0;; la plateforme d&apos;enregistrement n&apos;a pas encore indiqué combien sont utilisées.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;Licences: &lt;b&gt;%1 / %2&lt;/b&gt; in use (%3 %)%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licences&#xa0;: &lt;b&gt;%1 / %2&lt;/b&gt; utilisées (%3&#xa0;%)%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> &lt;span style=&apos;color:#5f6368&apos;&gt;— measured %1&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#5f6368&apos;&gt;— mesure du %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;Storage used: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Stockage utilisé&#xa0;: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;Own storage: &lt;span style=&apos;color:#8a6d00&apos;&gt;none yet — add the customer&apos;s container in &lt;b&gt;Edit the service… → Own storage&lt;/b&gt;&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Stockage propre&#xa0;: &lt;span style=&apos;color:#8a6d00&apos;&gt;aucun pour l&apos;instant — ajoutez le conteneur du client dans &lt;b&gt;Modifier le service… → Stockage propre&lt;/b&gt;&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Own storage:&lt;/p&gt;&lt;ul style=&apos;list-style-type:none&apos;&gt;</source>
        <translation>&lt;p&gt;Stockage propre&#xa0;:&lt;/p&gt;&lt;ul style=&apos;list-style-type:none&apos;&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SAS expires %1</source>
        <translation>La SAS expire le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SAS never expires</source>
        <translation>La SAS n&apos;expire jamais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;li&gt;✓ %1: %2/%3 &lt;span style=&apos;color:%4&apos;&gt;— %5&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;✓ %1&#xa0;: %2/%3 &lt;span style=&apos;color:%4&apos;&gt;— %5&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>this server sends no emails</source>
        <translation>ce serveur n&apos;envoie pas d&apos;e-mails</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;h4&gt;Emails&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;E-mails&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p style=&apos;color:#5f6368&apos;&gt;Loading…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6368&apos;&gt;Chargement…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p style=&apos;color:#5f6368&apos;&gt;Not known: %1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6368&apos;&gt;Inconnu&#xa0;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p style=&apos;color:#5f6368&apos;&gt;None yet. The Quick Start email goes to the contacts when the deploy finishes.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6368&apos;&gt;Aucun pour l&apos;instant. L&apos;e-mail Quick Start est envoyé aux contacts à la fin du déploiement.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;li&gt;✓ %1 to %2 &lt;span style=&apos;color:#5f6368&apos;&gt;— sent %3&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;✓ %1 à %2 &lt;span style=&apos;color:#5f6368&apos;&gt;— envoyé le %3&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;li&gt;&lt;span style=&apos;color:#b71c1c&apos;&gt;✗ %1 to %2 — failed: %3&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;span style=&apos;color:#b71c1c&apos;&gt;✗ %1 à %2 — échec&#xa0;: %3&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;li&gt;&lt;span style=&apos;color:#8a6d00&apos;&gt;… %1 to %2 — pending%3&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;span style=&apos;color:#8a6d00&apos;&gt;… %1 à %2 — en attente%3&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p style=&apos;color:#5f6368&apos;&gt;Select a customer to see its consents, alarms and storage.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6368&apos;&gt;Sélectionnez un client pour voir ses consentements, ses alarmes et son stockage.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p style=&apos;color:#5f6368&apos;&gt;Created %1 by %2&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6368&apos;&gt;Créé le %1 par %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p style=&apos;color:#5f6368&apos;&gt;Reading the service…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6368&apos;&gt;Lecture du service…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Not onboarded. Use &lt;b&gt;Add → Interaction Recording&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Non intégré. Utilisez &lt;b&gt;Ajouter → Interaction Recording&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 failed at %2 %</source>
        <translation>%1&#xa0;: échec à %2&#xa0;%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · queued</source>
        <translation>%1 · en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 %</source>
        <translation>%1 · %2&#xa0;%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> &lt;i&gt;— skipped: does not apply&lt;/i&gt;</source>
        <translation> &lt;i&gt;— ignorée&#xa0;: ne s&apos;applique pas&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &lt;i&gt;— planned only: no storage account is configured there&lt;/i&gt;</source>
        <translation> &lt;i&gt;— planifiée uniquement&#xa0;: aucun compte de stockage n&apos;y est configuré&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h4&gt;Consents&lt;/h4&gt;&lt;ul style=&apos;list-style-type:none&apos;&gt;</source>
        <translation>&lt;h4&gt;Consentements&lt;/h4&gt;&lt;ul style=&apos;list-style-type:none&apos;&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> &lt;span style=&apos;color:#5f6368&apos;&gt;(%1)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#5f6368&apos;&gt;(%1)&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h4&gt;Storage&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Stockage&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;%1: %2, container %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&#xa0;: %2, conteneur %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;%1: %2 — &lt;span style=&apos;color:#8a6d00&apos;&gt;not provisioned: no storage account is configured for %2&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&#xa0;: %2 — &lt;span style=&apos;color:#8a6d00&apos;&gt;non provisionné&#xa0;: aucun compte de stockage n&apos;est configuré pour %2&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replica</source>
        <translation>Réplica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Open the Quick Start page&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Ouvrir la page Quick Start&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>insights::CustomerDialog</name>
    <message>
        <location filename="../forms/customerdialog.cpp" line="+23"/>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer details</source>
        <translation>Détails du client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom d&apos;affichage&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the customer: %1</source>
        <translation>Impossible de charger le client&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer details: %1</source>
        <translation>Détails du client&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed elsewhere, and it could not be read again: %1</source>
        <translation>Modifié ailleurs, et impossible de le relire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: someone changed this customer meanwhile. Theirs: name “%1”, description “%2”. Save again to replace it with yours, or Cancel to keep theirs.</source>
        <translation>Non enregistré&#xa0;: quelqu&apos;un a modifié ce client entre-temps. Sa version&#xa0;: nom «&#xa0;%1&#xa0;», description «&#xa0;%2&#xa0;». Enregistrez à nouveau pour la remplacer par la vôtre, ou cliquez sur Annuler pour conserver la sienne.</translation>
    </message>
</context>
<context>
    <name>insights::CustomerTableModel</name>
    <message>
        <location filename="../models/customertablefilter.cpp" line="+85"/>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 customers shown</source>
        <translation>%1 clients affichés sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in all: %2)</source>
        <translation>%1 (au total&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../models/customertablemodel.cpp" line="+187"/>
        <source>%1: suspended</source>
        <translation>%1&#xa0;: suspendu</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>– / %1</source>
        <translation>– / %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant name</source>
        <translation>Nom du locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence type</source>
        <translation>Type de licence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Included users</source>
        <translation>Utilisateurs inclus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage location</source>
        <translation>Emplacement de stockage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployment status</source>
        <translation>État du déploiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage used</source>
        <translation>Stockage utilisé</translation>
    </message>
</context>
<context>
    <name>insights::CustomersPage</name>
    <message>
        <location filename="../app/customerspage.cpp" line="+19"/>
        <location line="+6"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>No customers yet. Use Add ▾ → Interaction Recording (Ctrl+N) to onboard the first one.</source>
        <translation>Aucun client pour l&apos;instant. Utilisez Ajouter ▾ → Interaction Recording (Ctrl+N) pour intégrer le premier.</translation>
    </message>
</context>
<context>
    <name>insights::EditServiceDialog</name>
    <message>
        <location filename="../forms/editservicedialog.cpp" line="+37"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the Interaction Recording service</source>
        <translation>Modifier le service Interaction Recording</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tenant Management</source>
        <translation>&amp;Gestion du locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compliance Exception Features</source>
        <translation>&amp;Fonctionnalités d&apos;exception de conformité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service settings</source>
        <translation>Paramètres du service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service settings pages</source>
        <translation>Pages des paramètres du service</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields marked ⚠ are locked since the deployment: they cannot be modified.</source>
        <translation>Les champs marqués ⚠ sont verrouillés depuis le déploiement&#xa0;: ils ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Downgrading %1 to Essential stops the replica copies in the paired region.</source>
        <translation>Rétrograder %1 vers Essential arrête les copies répliquées dans la région jumelée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrading %1 to Pro turns on Advanced Storage; the customer must grant one more consent (Redundant Recording Calls) before the service is Ready again.</source>
        <translation>Passer %1 à Pro active Advanced Storage&#xa0;; le client doit accorder un consentement supplémentaire (Redundant Recording Calls) avant que le service soit de nouveau Prêt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the user type of %1?</source>
        <translation>Modifier le type d&apos;utilisateur de %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone changed this service since you opened it. Your changes were not saved.</source>
        <translation>Quelqu&apos;un a modifié ce service depuis que vous l&apos;avez ouvert. Vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload (discard mine)</source>
        <translation>&amp;Recharger (abandonner les miennes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;view the differences</source>
        <translation>&amp;Examiner les différences</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the service: %1</source>
        <translation>Impossible de charger le service : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Own &amp;storage</source>
        <translation>&amp;Stockage propre</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: yours %2, theirs %3</source>
        <translation>%1 : votre valeur %2, la leur %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed elsewhere, and it could not be read again: %1</source>
        <translation>Modifié ailleurs, et impossible de le relire : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reloaded the current version.</source>
        <translation>Version actuelle rechargée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed elsewhere. Differences (yours / theirs):
%1
Save again to apply yours on top of theirs.</source>
        <translation>Modifié ailleurs. Différences (les vôtres / les leurs) :
%1
Enregistrez à nouveau pour appliquer vos valeurs par-dessus les leurs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: someone changed this service meanwhile.</source>
        <translation>Non enregistré : quelqu&apos;un a modifié ce service entre-temps.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>insights::EmbeddedBackend</name>
    <message>
        <location filename="../app/embeddedbackend.cpp" line="+31"/>
        <source>The local backend (%1) could not start: %2</source>
        <translation>Le back-end local (%1) n&apos;a pas pu démarrer : %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The local backend stopped (exit code %1): %2</source>
        <translation>Le back-end local s&apos;est arrêté (code de sortie %1) : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local backend keeps stopping (exit code %1): %2. Quit and start the console again; if it goes on, its database is in %3.</source>
        <translation>Le back-end local s&apos;arrête sans cesse (code de sortie %1) : %2. Quittez et redémarrez la console ; si le problème persiste, sa base de données se trouve dans %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The local backend stopped unexpectedly (exit code %1); starting it again…</source>
        <translation>Le back-end local s&apos;est arrêté de manière inattendue (code de sortie %1) ; redémarrage…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The local backend said something unexpected: %1</source>
        <translation>Le back-end local a renvoyé une réponse inattendue : %1</translation>
    </message>
</context>
<context>
    <name>insights::FinishPage</name>
    <message>
        <location filename="../forms/finishpage.cpp" line="+26"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add customer &amp;operators…</source>
        <translation>&amp;Ajouter des opérateurs du client…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quick Start</source>
        <translation>Quick Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this link to the customer&apos;s Microsoft 365 administrator.</source>
        <translation>Envoyez ce lien à l&apos;administrateur Microsoft 365 du client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick Start link</source>
        <translation>Lien Quick Start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the Quick Start link</source>
        <translation>Copier le lien Quick Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Quick Start page</source>
        <translation>Ouvrir la page Quick Start</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bring your own storage is on: once the customer gives you a container URL with a SAS, add it in &lt;b&gt;Edit the service… → Own storage&lt;/b&gt; (Ctrl+E); it is verified there.</source>
        <translation>L&apos;option Apportez votre propre stockage (BYOS) est activée : dès que le client vous fournit une URL de conteneur avec une SAS, ajoutez-la dans &lt;b&gt;Modifier le service… → Stockage propre&lt;/b&gt; (Ctrl+E) ; elle y est vérifiée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customer&apos;s administrator grants the consents in the Quick Start wizard, starting with M365 Login. Until then the customer shows &lt;b&gt;Warning&lt;/b&gt; with the consent alarm; once all consents are granted the service turns &lt;b&gt;OK&lt;/b&gt; and Ready.</source>
        <translation>L&apos;administrateur du client accorde les consentements dans l&apos;assistant Quick Start, en commençant par M365 Login. D&apos;ici là, le client affiche &lt;b&gt;Avertissement&lt;/b&gt; avec l&apos;alarme de consentement ; une fois tous les consentements accordés, le service passe à &lt;b&gt;OK&lt;/b&gt; et Prêt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer operators are the customer&apos;s people who may log in to the platform.</source>
        <translation>Les opérateurs du client sont les personnes du client autorisées à se connecter à la plateforme.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add customer operators</source>
        <translation>Ajouter des opérateurs du client</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No web browser could be started on this computer: copy the link and paste it into a browser.</source>
        <translation>Aucun navigateur web n&apos;a pu être lancé sur cet ordinateur : copiez le lien et collez-le dans un navigateur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>⚠ This link uses a loopback address (%1): it works only on this computer. Connect to a team server (File → Connect to a server…) to send it to a customer.</source>
        <translation>⚠ Ce lien utilise une adresse de bouclage (%1) : il ne fonctionne que sur cet ordinateur. Connectez-vous à un serveur d&apos;équipe (Fichier → Connexion à un serveur…) pour l&apos;envoyer à un client.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for the Quick Start email…</source>
        <translation>Recherche de l&apos;e-mail Quick Start…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This server sends no emails: send the link yourself.</source>
        <translation>Ce serveur n&apos;envoie pas d&apos;e-mails : envoyez le lien vous-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not see whether the Quick Start email was queued: %1</source>
        <translation>Impossible de savoir si l&apos;e-mail Quick Start a été mis en file d&apos;attente : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No Quick Start email was queued: send the link yourself.</source>
        <translation>Aucun e-mail Quick Start n&apos;a été mis en file d&apos;attente : envoyez le lien vous-même.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✉ The Quick Start email was queued to the contact %1.</source>
        <translation>✉ L&apos;e-mail Quick Start a été mis en file d&apos;attente pour le contact %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✉ The Quick Start email was queued to %1 contacts: %2.</source>
        <translation>✉ L&apos;e-mail Quick Start a été mis en file d&apos;attente pour %1 contacts : %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent yet: %1</source>
        <translation>Pas encore envoyé : %1</translation>
    </message>
</context>
<context>
    <name>insights::ImportDialog</name>
    <message>
        <location filename="../forms/importdialog.cpp" line="+30"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs fixing</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Onboarded</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not onboarded</source>
        <translation>Non intégré</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a &amp;template…</source>
        <translation>Enregistrer un &amp;modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export this report…</source>
        <translation>&amp;Exporter ce rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+201"/>
        <source>&amp;Onboard valid rows</source>
        <translation>&amp;Intégrer les lignes valides</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Import customers from CSV</source>
        <translation>Importer des clients depuis un CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per customer and its Interaction Recording service, with the columns of the template. The server checks every row with the rules of the onboarding form before anything is created; lists (contact emails, admin UPNs) are separated by “;”.</source>
        <translation>Une ligne par client et son service Interaction Recording, avec les colonnes du modèle. Le serveur vérifie chaque ligne selon les règles du formulaire d&apos;intégration avant toute création ; les listes (e-mails de contact, UPN d&apos;administrateur) sont séparées par « ; ».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The monitor role is read-only</source>
        <translation>Le rôle Observateur est en lecture seule</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Onboard 1 customer now? It gets an Interaction Recording service, deployed at once.</source>
        <translation>Intégrer 1 client maintenant ? Il reçoit un service Interaction Recording, déployé immédiatement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Onboard %1 customers now? Each gets an Interaction Recording service, deployed at once.</source>
        <translation>Intégrer %1 clients maintenant ? Chacun reçoit un service Interaction Recording, déployé immédiatement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rows to fix (%1) are left out.</source>
        <translation>Les lignes à corriger (%1) sont laissées de côté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboard from %1</source>
        <translation>Intégration depuis %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Newest import: %1 by %2</source>
        <translation>Dernière importation : %1 par %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved the template to %1.</source>
        <translation>Modèle enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is %2; the server takes files up to 8 MiB: split it.</source>
        <translation>%1 fait %2 ; le serveur accepte les fichiers jusqu&apos;à 8 Mio : scindez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboarding the valid rows of %1…</source>
        <translation>Intégration des lignes valides de %1…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Checking: %1 of %2 rows</source>
        <translation>Vérification : %1 lignes sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboarding: %1 of %2 valid rows</source>
        <translation>Intégration : %1 lignes valides sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import failed on the server.</source>
        <translation>L&apos;importation a échoué sur le serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows checked: %2 valid, %3 to fix. Nothing was created.</source>
        <translation>Lignes vérifiées : %1 ; valides : %2 ; à corriger : %3. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onboarded %1 of %2 rows.</source>
        <translation>Lignes intégrées : %1 sur %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to fix.</source>
        <translation>À corriger : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not onboarded: their names were taken meanwhile.</source>
        <translation>Non intégrées : %1 (leurs noms ont été pris entre-temps).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Onboard 1 valid row</source>
        <translation>&amp;Intégrer 1 ligne valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Onboard %1 valid rows</source>
        <translation>&amp;Intégrer %1 lignes valides</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 · report saved to %2</source>
        <translation>%1 · rapport enregistré dans %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>insights::KeychainSessionStore</name>
    <message>
        <location filename="../models/sessionstore.cpp" line="+98"/>
        <source>the system keychain</source>
        <translation>le trousseau de clés système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory only: the system keychain cannot be reached (%1), so you will sign in again after a restart</source>
        <translation>en mémoire uniquement : le trousseau de clés système est inaccessible (%1), vous devrez donc vous reconnecter après un redémarrage</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The system keychain refused: %1</source>
        <translation>Le trousseau de clés système a refusé : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no keychain service answered</source>
        <translation>aucun service de trousseau de clés n&apos;a répondu</translation>
    </message>
</context>
<context>
    <name>insights::ListEditor</name>
    <message>
        <location filename="../forms/listeditor.cpp" line="+19"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+41"/>
        <source>Required: at least one. Type it, then press Enter or Add.</source>
        <translation>Obligatoire : au moins une entrée. Saisissez-la, puis appuyez sur Entrée ou Ajouter.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from %1</source>
        <translation>Supprimer de %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 of at most %2.</source>
        <translation>%1 sur %2 au maximum.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added: &apos;%1&apos; is already in the list</source>
        <translation>Non ajouté : « %1 » figure déjà dans la liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added: at most %1 entries</source>
        <translation>Non ajouté : %1 entrées au maximum</translation>
    </message>
</context>
<context>
    <name>insights::LocalCache</name>
    <message>
        <location filename="../models/localcache.cpp" line="+123"/>
        <source>Cannot create the folder of %1</source>
        <translation>Impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The cache is not open</source>
        <translation>Le cache n&apos;est pas ouvert</translation>
    </message>
</context>
<context>
    <name>insights::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+63"/>
        <source>Interaction Insights Console</source>
        <translation>Interaction Insights Console</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Backend</source>
        <translation>Back-end</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit trail</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console &amp;users</source>
        <translation>&amp;Utilisateurs de la console</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <location line="+176"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>&amp;Interaction Recording</source>
        <translation>&amp;Interaction Recording</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search and filter</source>
        <translation>Recherche et filtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search customers and services</source>
        <translation>Rechercher des clients et des services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customer, tenant, domain… (Ctrl+F)</source>
        <translation>Rechercher un client, un locataire, un domaine… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not onboarded</source>
        <translation>Non intégré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over licence</source>
        <translation>Licences dépassées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More licences in use than included</source>
        <translation>Plus de licences utilisées qu&apos;incluses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services stopped with Suspend…, until reactivated</source>
        <translation>Services arrêtés avec Suspendre…, jusqu&apos;à leur réactivation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted services</source>
        <translation>Services supprimés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offboarded services, on the Services page</source>
        <translation>Services retirés, sur la page Services</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Deleted services are listed on the Services page (Ctrl+1 goes back to the customers).</source>
        <translation>Les services supprimés sont listés sur la page Services (Ctrl+1 revient aux clients).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Add Service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Add an Interaction Recording service (Ctrl+N)</source>
        <translation>Ajouter un service Interaction Recording (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor role is read-only</source>
        <translation>Le rôle Observateur est en lecture seule</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign &amp;in…</source>
        <translation>Se co&amp;nnecter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/mainwindowmenus.cpp" line="+57"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console&apos;s own backend signs itself in</source>
        <translation>Le back-end propre à la console se connecte lui-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to %1 again</source>
        <translation>Se reconnecter à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this session on %1</source>
        <translation>Fermer cette session sur %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="-31"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export visible rows to CSV…</source>
        <translation>&amp;Exporter les lignes visibles en CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import customers from CSV…</source>
        <translation>&amp;Importer des clients depuis un CSV…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Connexion à un serveur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server &amp;settings…</source>
        <translation>Paramètres du &amp;serveur…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ser&amp;vice</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Interaction Insights Console</source>
        <translation>À &amp;propos d&apos;Interaction Insights Console</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console speaks %1 from its next start.</source>
        <translation>La console utilisera %1 à partir du prochain démarrage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Starting the backend…</source>
        <translation>Démarrage du back-end…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · signed out</source>
        <translation>%1 · déconnecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Server settings</source>
        <translation>Paramètres du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server does not tell its settings (it is older than version 1.1).</source>
        <translation>Ce serveur n&apos;indique pas ses paramètres (sa version est antérieure à 1.1).</translation>
    </message>
    <message>
        <location filename="../app/mainwindowsession.cpp" line="+60"/>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out here, but the server could not be told (%1): that token stays valid until it expires.</source>
        <translation>Déconnecté ici, mais le serveur n&apos;a pas pu être informé (%1) : ce jeton reste valide jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
</context>
<context>
    <name>insights::MemorySessionStore</name>
    <message>
        <location filename="../models/sessionstore.cpp" line="-127"/>
        <source>memory only: tokens are kept until the console quits, so you will sign in again after a restart</source>
        <translation>en mémoire uniquement : les jetons sont conservés jusqu&apos;à la fermeture de la console, vous devrez donc vous reconnecter après un redémarrage</translation>
    </message>
</context>
<context>
    <name>insights::OffboardDialog</name>
    <message>
        <location filename="../forms/offboarddialog.cpp" line="+16"/>
        <source>&amp;Keep the recordings: their storage stays, nothing of the customer&apos;s data is touched</source>
        <translation>&amp;Conserver les enregistrements : leur stockage est conservé, aucune donnée du client n&apos;est touchée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete the recordings now: their storage is deleted; this cannot be undone</source>
        <translation>&amp;Supprimer les enregistrements maintenant : leur stockage est supprimé ; cette action est irréversible</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>&amp;Offboard</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Offboard %1</source>
        <translation>Retirer le service %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offboarding &lt;b&gt;%1&lt;/b&gt; of the customer %2 stops its recording, removes its bots and frees its names. What happens to the recordings?</source>
        <translation>Le retrait de &lt;b&gt;%1&lt;/b&gt; du client %2 arrête son enregistrement, supprime ses bots et libère ses noms. Que faire des enregistrements ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the recordings</source>
        <translation>Conserver les enregistrements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the recordings now</source>
        <translation>Supprimer les enregistrements maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short name, typed to confirm</source>
        <translation>Nom court, saisi pour confirmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the short name &lt;b&gt;%1&lt;/b&gt; to confirm the deletion:</source>
        <translation>Saisissez le nom court &lt;b&gt;%1&lt;/b&gt; pour confirmer la suppression :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offboard</source>
        <translation>Retirer le service</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Offboard and delete</source>
        <translation>&amp;Retirer et supprimer</translation>
    </message>
</context>
<context>
    <name>insights::OnboardingWizard</name>
    <message>
        <location filename="../forms/onboardingwizard.cpp" line="+39"/>
        <source>Add Interaction Recording service</source>
        <translation>Ajouter un service Interaction Recording</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Resume unfinished input?</source>
        <translation>Reprendre la saisie inachevée ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is unfinished input for %1 from %2. Resume it?</source>
        <translation>Une saisie inachevée pour %1 date du %2. La reprendre ?</translation>
    </message>
</context>
<context>
    <name>insights::OperatorsDialog</name>
    <message>
        <location filename="../forms/operatorsdialog.cpp" line="+31"/>
        <location line="+14"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Add operator</source>
        <translation>&amp;Ajouter un opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer operators: %1</source>
        <translation>Opérateurs du client : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer operators</source>
        <translation>Opérateurs du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level of the selected operator</source>
        <translation>Niveau de l&apos;opérateur sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the level of the selected operator</source>
        <translation>Modifier le niveau de l&apos;opérateur sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add operator</source>
        <translation>Ajouter un opérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected operator</source>
        <translation>Supprimer l&apos;opérateur sélectionné</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>Ni&amp;veau :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level of the selected &amp;operator:</source>
        <translation>Niveau de l&apos;&amp;opérateur sélectionné :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>The monitor role is read-only</source>
        <translation>Le rôle Observateur est en lecture seule</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Remove operator</source>
        <translation>Supprimer l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 (%2)? They can no longer log in to the platform.</source>
        <translation>Supprimer %1 (%2) ? Cette personne ne pourra plus se connecter à la plateforme.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load the operators: %1 (press F5 to try again)</source>
        <translation>Impossible de charger les opérateurs : %1 (appuyez sur F5 pour réessayer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No operators yet.</source>
        <translation>Aucun opérateur pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Adding…</source>
        <translation>Ajout…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not removed: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changing the level of %1…</source>
        <translation>Modification du niveau de %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is now %2.</source>
        <translation>%1 a désormais le niveau %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level not changed: %1</source>
        <translation>Niveau non modifié : %1</translation>
    </message>
</context>
<context>
    <name>insights::ReviewPage</name>
    <message>
        <location filename="../forms/reviewpage.cpp" line="+23"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review &amp; Deploy</source>
        <translation>Vérifier &amp; déployer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the settings, then deploy. Deploying can take a few minutes; you may close the wizard, the deployment continues.</source>
        <translation>Vérifiez les paramètres, puis déployez. Le déploiement peut prendre quelques minutes ; vous pouvez fermer l&apos;assistant, le déploiement se poursuit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deployment steps</source>
        <translation>Étapes du déploiement</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant Management</source>
        <translation>Gestion du locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer (M365 Tenant) Name</source>
        <translation>Nom du client (locataire M365)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short Company Name</source>
        <translation>Nom court de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact Email Addresses</source>
        <translation>Adresses e-mail de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator UPNs</source>
        <translation>UPN des administrateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Type</source>
        <translation>Type d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Essential</source>
        <translation>Essential</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence type</source>
        <translation>Type de licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Included Users</source>
        <translation>Utilisateurs inclus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage Location</source>
        <translation>Emplacement de stockage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BYOS</source>
        <translation>BYOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlimited Retention</source>
        <translation>Rétention illimitée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance Exception Features</source>
        <translation>Fonctionnalités d&apos;exception de conformité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control MSFT Teams Recording Notifications</source>
        <translation>Contrôler les notifications d&apos;enregistrement de Microsoft Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled (waiver %1)</source>
        <translation>Activé (décharge %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Calling Recordings</source>
        <translation>Supprimer les enregistrements d&apos;appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced Storage</source>
        <translation>Advanced Storage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled: replica in %1</source>
        <translation>Activé : réplica dans %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Creating the service…</source>
        <translation>Création du service…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused some values: %1</source>
        <translation>Le serveur a refusé certaines valeurs : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deploying…</source>
        <translation>Déploiement…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot see the deployment&apos;s progress: %1. Trying again…</source>
        <translation>Impossible de suivre la progression du déploiement : %1. Nouvelle tentative…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The deployment failed.</source>
        <translation>Le déploiement a échoué.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deployed; reading the Quick Start link…</source>
        <translation>Déployé ; lecture du lien Quick Start…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deployed without storage: this server has no storage account for the location, so its containers are only planned (see Server settings). The customer must now grant its consents in the Quick Start wizard. Continue for the link.</source>
        <translation>Déployé sans stockage : ce serveur n&apos;a pas de compte de stockage pour cet emplacement, ses conteneurs sont donc seulement planifiés (voir Paramètres du serveur). Le client doit maintenant accorder ses consentements dans l&apos;assistant Quick Start. Continuez pour obtenir le lien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deployed. The customer must now grant its consents in the Quick Start wizard. Continue for the link.</source>
        <translation>Déployé. Le client doit maintenant accorder ses consentements dans l&apos;assistant Quick Start. Cliquez sur Continuer pour obtenir le lien.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — planned only: no storage account is configured there</source>
        <translation>%1 — planifié uniquement : aucun compte de stockage n&apos;est configuré à cet emplacement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — skipped: not for Essential</source>
        <translation>%1 — ignoré : non applicable à Essential</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deploying again…</source>
        <translation>Nouveau déploiement…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Not deployed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Non déployé :&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>insights::SelectCustomerPage</name>
    <message>
        <location filename="../forms/selectcustomerpage.cpp" line="+20"/>
        <source>Ne&amp;w customer…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select Customer</source>
        <translation>Sélectionner le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the customer that gets the Interaction Recording service. Only customers without a service are listed.</source>
        <translation>Choisissez le client qui reçoit le service Interaction Recording. Seuls les clients sans service sont listés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No customer without a service yet: create one with New customer…</source>
        <translation>Aucun client sans service pour l&apos;instant : créez-en un avec Nouveau client…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Display name of the customer:</source>
        <translation>Nom d&apos;affichage du client :</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Not created: %1</source>
        <translation>Non créé : %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
</context>
<context>
    <name>insights::ServerCapabilitiesLabel</name>
    <message>
        <location filename="../app/serversettings.cpp" line="+57"/>
        <source>Mail: %1</source>
        <translation>Messagerie : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mail: not configured</source>
        <translation>Messagerie : non configurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage: not provisioned</source>
        <translation>Stockage : non provisionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage: 1 location</source>
        <translation>Stockage : 1 emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage: %1 locations</source>
        <translation>Stockage : %1 emplacements</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
Click for the server&apos;s settings (File → Server settings…)</source>
        <translation>%1
Cliquez pour afficher les paramètres du serveur (Fichier → Paramètres du serveur…)</translation>
    </message>
</context>
<context>
    <name>insights::ServerSettingsDialog</name>
    <message>
        <location line="+45"/>
        <source>Server settings</source>
        <translation>Paramètres du serveur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The console runs its own backend on this computer (the embedded default). It sends no mail and provisions no storage: for that, run insights-server as a team server with the options below, then connect to it (File → Connect to a server…).</source>
        <translation>La console exécute son propre back-end sur cet ordinateur (le choix intégré par défaut). Il n&apos;envoie aucun e-mail et ne provisionne aucun stockage : pour cela, exécutez insights-server comme serveur d&apos;équipe avec les options ci-dessous, puis connectez-vous-y (Fichier → Connexion à un serveur…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How %1 was started. Only its administrator can change it.</source>
        <translation>Comment %1 a été démarré. Seul son administrateur peut le modifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite (one instance)</source>
        <translation>SQLite (une seule instance)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail server:</source>
        <translation>Serveur de messagerie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as:</source>
        <translation>Envoyé en tant que :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed deployments to:</source>
        <translation>Échecs de déploiement signalés à :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody (no --notify-address)</source>
        <translation>personne (pas de --notify-address)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Not configured: Quick Start emails wait in the outbox until a mail server is set.</source>
        <translation>Non configuré : les e-mails Quick Start attendent dans la boîte d&apos;envoi jusqu&apos;à ce qu&apos;un serveur de messagerie soit défini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>Needs:</source>
        <translation>Requiert :</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>(STARTTLS when offered), or smtps://HOST:465</source>
        <translation>(STARTTLS si proposé), ou smtps://HOST:465</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sender</source>
        <translation>l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if the mail server asks for them</source>
        <translation>si le serveur de messagerie les demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where failed deployments are reported</source>
        <translation>où les échecs de déploiement sont signalés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locations with an account:</source>
        <translation>Emplacements dotés d&apos;un compte :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage used is measured every:</source>
        <translation>Intervalle de mesure du stockage utilisé :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not provisioned: deployments plan their containers but create none.</source>
        <translation>Non provisionné : les déploiements planifient leurs conteneurs mais n&apos;en créent aucun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a JSON object from storage-location id (westeurope, northeurope, … as in the Storage Location list) to {&quot;serviceUrl&quot;: &quot;https://ACCOUNT.blob.core.windows.net&quot;, &quot;sas&quot;: &quot;sv=…&quot;}, an account SAS that may create, list, read, write and delete</source>
        <translation>un objet JSON associant chaque id d&apos;emplacement de stockage (westeurope, northeurope, … comme dans la liste Emplacement de stockage) à {&quot;serviceUrl&quot;: &quot;https://ACCOUNT.blob.core.windows.net&quot;, &quot;sas&quot;: &quot;sv=…&quot;}, une SAS de compte autorisée à créer, lister, lire, écrire et supprimer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A customer&apos;s own storage (Bring your own storage) needs none of this: add its container in Edit the service… → Own storage.</source>
        <translation>Le stockage propre d&apos;un client (Apportez votre propre stockage) n&apos;a besoin de rien de tout cela : ajoutez son conteneur dans Modifier le service… → Stockage propre.</translation>
    </message>
</context>
<context>
    <name>insights::ServiceActions</name>
    <message>
        <location filename="../app/serviceactions.cpp" line="+27"/>
        <source>&amp;Add Interaction Recording service…</source>
        <translation>&amp;Ajouter un service Interaction Recording…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit the service…</source>
        <translation>&amp;Modifier le service…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;operators…</source>
        <translation>&amp;Opérateurs du client…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operators…</source>
        <translation>Opérateurs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename or &amp;describe the customer…</source>
        <translation>Re&amp;nommer ou décrire le client…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Quick Start link</source>
        <translation>&amp;Copier le lien Quick Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;pen Quick Start page in the browser</source>
        <translation>Ou&amp;vrir la page Quick Start dans le navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;send Quick Start email</source>
        <translation>Renvo&amp;yer l&apos;e-mail Quick Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry the deploy</source>
        <translation>&amp;Réessayer le déploiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suspend the service…</source>
        <translation>&amp;Suspendre le service…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend…</source>
        <translation>Suspendre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reac&amp;tivate the service</source>
        <translation>Réac&amp;tiver le service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off&amp;board the service…</source>
        <translation>Ret&amp;irer le service…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete the customer…</source>
        <translation>Supprimer le c&amp;lient…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show audit &amp;trail</source>
        <translation>Afficher le &amp;journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 — not now: %2</source>
        <translation>%1 — indisponible pour l&apos;instant : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the monitor role is read-only</source>
        <translation>le rôle Observateur est en lecture seule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>select a customer first</source>
        <translation>sélectionnez d&apos;abord un client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the customer was deleted</source>
        <translation>le client a été supprimé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reading the service</source>
        <translation>lecture du service en cours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the customer already has a service</source>
        <translation>le client a déjà un service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service is being offboarded</source>
        <translation>le service est en cours de retrait</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>not onboarded yet</source>
        <translation>pas encore intégré</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>no Quick Start link yet</source>
        <translation>pas encore de lien Quick Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a failed deploy can be retried</source>
        <translation>seul un déploiement en échec peut être réessayé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wait until the current operation ends</source>
        <translation>attendez la fin de l&apos;opération en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offboard its service first</source>
        <translation>retirez d&apos;abord son service</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved the customer %1.</source>
        <translation>Client %1 enregistré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied the Quick Start link of %1.</source>
        <translation>Lien Quick Start de %1 copié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the Quick Start page of %1</source>
        <translation>Ouvrir la page Quick Start de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No web browser could be started on this computer. Use Copy Quick Start link and paste the link into a browser, or send it to the customer.</source>
        <translation>Aucun navigateur web n&apos;a pu être lancé sur cet ordinateur. Utilisez « Copier le lien Quick Start » et collez le lien dans un navigateur, ou envoyez-le au client.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send the Quick Start email of %1 again to its contact %2?</source>
        <translation>Renvoyer l&apos;e-mail Quick Start de %1 à son contact %2 ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the Quick Start email of %1 again to its %2 contacts: %3?</source>
        <translation>Renvoyer l&apos;e-mail Quick Start de %1 à ses %2 contacts : %3 ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Resend the Quick Start email of %1</source>
        <translation>Renvoyer l&apos;e-mail Quick Start de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued the Quick Start email of %1 to its contact.</source>
        <translation>E-mail Quick Start de %1 mis en file d&apos;attente pour son contact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued the Quick Start email of %1 to %2 contacts.</source>
        <translation>E-mail Quick Start de %1 mis en file d&apos;attente pour %2 contacts.</translation>
    </message>
    <message>
        <location filename="../app/serviceactionsflows.cpp" line="+22"/>
        <source>Retry the deploy of %1</source>
        <translation>Réessayer le déploiement de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploying %1 again…</source>
        <translation>Nouveau déploiement de %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Suspended %1: its recording stops.</source>
        <translation>%1 suspendu : son enregistrement s&apos;arrête.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reactivate %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate %1 of the customer %2? Its recording starts again.</source>
        <translation>Réactiver %1 du client %2 ? Son enregistrement reprend.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reactivated %1: it waits for the customer&apos;s consents.</source>
        <translation>%1 réactivé : il attend les consentements du client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivated %1.</source>
        <translation>%1 réactivé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offboard %1</source>
        <translation>Retirer le service %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: started.</source>
        <translation>%1 : opération lancée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the customer %1 and its operators? This cannot be undone.</source>
        <translation>Supprimer le client %1 et ses opérateurs ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: done.</source>
        <translation>%1 : terminé.</translation>
    </message>
</context>
<context>
    <name>insights::ServiceTableModel</name>
    <message>
        <location filename="../models/servicetablemodel.cpp" line="+112"/>
        <source>(deleted customer)</source>
        <translation>(client supprimé)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant name</source>
        <translation>Nom du locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence type</source>
        <translation>Type de licence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User type</source>
        <translation>Type d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage location</source>
        <translation>Emplacement de stockage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replica region</source>
        <translation>Région du réplica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployment status</source>
        <translation>État du déploiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>1 deleted service</source>
        <translation>1 service supprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 deleted services</source>
        <translation>%1 services supprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 service</source>
        <translation>1 service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 services</source>
        <translation>%1 services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>insights::ServicesPage</name>
    <message>
        <location filename="../app/servicespage.cpp" line="+16"/>
        <location line="+5"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
</context>
<context>
    <name>insights::SignInDialog</name>
    <message>
        <location filename="../forms/signindialog.cpp" line="+19"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the &amp;embedded local backend</source>
        <translation>Utiliser le back-end local &amp;intégré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the embedded local backend</source>
        <translation>Utiliser le back-end local intégré</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
</context>
<context>
    <name>insights::StorageLocationModel</name>
    <message>
        <location filename="../models/storagelocationmodel.cpp" line="+42"/>
        <source>%1 (no paired region)</source>
        <translation>%1 (pas de région jumelée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paired with %1: can carry Advanced Storage (Pro)</source>
        <translation>Jumelée avec %1 : compatible avec Advanced Storage (Pro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No paired region: not available for Pro tenants</source>
        <translation>Pas de région jumelée : indisponible pour les locataires Pro</translation>
    </message>
</context>
<context>
    <name>insights::SuspendDialog</name>
    <message>
        <location filename="../forms/suspenddialog.cpp" line="+24"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short name, typed to confirm</source>
        <translation>Nom court, saisi pour confirmer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suspend %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspending &lt;b&gt;%1&lt;/b&gt; of the customer %2 stops its call recording. Nothing is deleted: its settings, consents and recordings stay, and &lt;i&gt;Reactivate&lt;/i&gt; starts it again.</source>
        <translation>La suspension de &lt;b&gt;%1&lt;/b&gt; du client %2 arrête son enregistrement des appels. Rien n&apos;est supprimé : ses paramètres, consentements et enregistrements sont conservés, et &lt;i&gt;Réactiver&lt;/i&gt; le relance.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Invoice 2026-118 unpaid</source>
        <translation>p. ex. Facture 2026-118 impayée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the short name &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Saisissez le nom court &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Suspending %1…</source>
        <translation>Suspension de %1…</translation>
    </message>
</context>
<context>
    <name>insights::SyncEngine</name>
    <message>
        <location filename="../models/syncengine.cpp" line="+77"/>
        <source>last sync %1</source>
        <translation>dernière synchronisation à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not synced yet</source>
        <translation>pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting · %1</source>
        <translation>Démarrage · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing… · %1</source>
        <translation>Synchronisation… · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online · %1</source>
        <translation>En ligne · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline since %1 · %2</source>
        <translation>Hors connexion depuis %1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out · %1</source>
        <translation>Déconnecté · %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the page&apos;s cursor is not what its last bytes said</source>
        <translation>le curseur de la page n&apos;est pas celui qu&apos;indiquaient ses derniers octets</translation>
    </message>
    <message>
        <location filename="../models/feedpage.cpp" line="+187"/>
        <source>The server&apos;s change feed was not valid JSON (%1).</source>
        <translation>Le flux de modifications du serveur n’était pas du JSON valide (%1).</translation>
    </message>
</context>
<context>
    <name>insights::TenantPage</name>
    <message>
        <location filename="../forms/tenantpage.cpp" line="+37"/>
        <source>Tenant Management</source>
        <translation>Gestion du locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s Microsoft 365 tenant. Fields marked ⚠ cannot be modified after deployment. What you type is kept as a draft: closing the wizard loses nothing.</source>
        <translation>Le locataire Microsoft 365 du client. Les champs marqués ⚠ sont figés après le déploiement. Votre saisie reste en brouillon, même si vous fermez l&apos;assistant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer (M365 Tenant) Name</source>
        <translation>Nom du client (locataire M365)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short Company Name</source>
        <translation>Nom court de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact Email Addresses</source>
        <translation>Adresses e-mail de contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer Default Administrator UPNs</source>
        <translation>UPN des administrateurs par défaut du client</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Essential: single recording</source>
        <translation>&amp;Essential : enregistrement simple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User type Essential</source>
        <translation>Type d&apos;utilisateur Essential</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pro: double recording with a paired bot</source>
        <translation>&amp;Pro : double enregistrement avec un bot jumelé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User type Pro</source>
        <translation>Type d&apos;utilisateur Pro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pro turns on Advanced Storage (a second copy in the paired region); the customer consents to it separately.</source>
        <translation>Pro active Advanced Storage (une seconde copie dans la région jumelée) ; le client y consent séparément.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Included Users</source>
        <translation>Utilisateurs inclus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allow to Exceed Included Users (not in use)</source>
        <translation>Autoriser le dépassement des utilisateurs inclus (non utilisé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow to Exceed Included Users, not in use</source>
        <translation>Autoriser le dépassement des utilisateurs inclus, non utilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown as in the recording platform&apos;s own form, where this option is not in use yet: it cannot be turned on.</source>
        <translation>Affiché comme dans le formulaire de la plateforme d&apos;enregistrement, où cette option n&apos;est pas encore utilisée : elle ne peut pas être activée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Storage Location</source>
        <translation>Emplacement de stockage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bring Your Own Blob &amp;Storage (BYOS)</source>
        <translation>Apportez votre propre stockage Blob (&amp;BYOS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring Your Own Blob Storage</source>
        <translation>Apportez votre propre stockage Blob</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The customer keeps recordings in its own Azure Blob container. After the deploy, add the container (a URL with a SAS) in Edit the service… → Own storage, where it is verified.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le client conserve les enregistrements dans son propre conteneur Azure Blob. Après le déploiement, ajoutez le conteneur (une URL avec une SAS) dans Modifier le service… → Stockage propre, où il est vérifié.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlimited &amp;Retention</source>
        <translation>Réten&amp;tion illimitée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlimited Retention</source>
        <translation>Rétention illimitée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+170"/>
        <source>Cannot be modified after deployment</source>
        <translation>Non modifiable après le déploiement</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Customer (M365 &amp;Tenant) Name:</source>
        <translation>&amp;Nom du client (locataire M365) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hort Company Name:</source>
        <translation>Nom &amp;court de l&apos;entreprise :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact E&amp;mail Addresses:</source>
        <translation>Adresses e-&amp;mail de contact :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator &amp;UPNs:</source>
        <translation>&amp;UPN des administrateurs :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User Type:</source>
        <translation>Type d&apos;utilisateur :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Included Users:</source>
        <translation>Utilisateurs &amp;inclus :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storage &amp;Location:</source>
        <translation>Emp&amp;lacement de stockage :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tenant Management fields</source>
        <translation>Champs de gestion du locataire</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+128"/>
        <source>Checking availability…</source>
        <translation>Vérification de la disponibilité…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Availability not checked: %1</source>
        <translation>Disponibilité non vérifiée : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Available</source>
        <translation>✓ Disponible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already used by another service</source>
        <translation>Déjà utilisé par un autre service</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paired region: %1</source>
        <translation>Région jumelée : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No paired region: Pro is not available here.</source>
        <translation>Pas de région jumelée : Pro n&apos;est pas disponible ici.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At least 1 user is required: the number of licensed users from the purchase order</source>
        <translation>Au moins 1 utilisateur est requis : le nombre d&apos;utilisateurs sous licence du bon de commande</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The customer sets any number of days in its Recording Profile.</source>
        <translation>Le client définit un nombre de jours quelconque dans son profil d&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention is capped at 24 months (default 12).</source>
        <translation>La rétention est limitée à 24 mois (12 par défaut).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>insights::WaiverDialog</name>
    <message>
        <location filename="../forms/waiverdialog.cpp" line="+21"/>
        <source>Legal waiver required</source>
        <translation>Décharge juridique requise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;With this option on, the customer may choose in its Recording Profile whether Microsoft Teams shows the recording banner to call participants.&lt;/p&gt;&lt;p&gt;The customer must have signed a &lt;b&gt;legal waiver&lt;/b&gt; that allows you, its service provider, to control the banner. Enter the waiver&apos;s reference to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Avec cette option activée, le client peut choisir dans son profil d&apos;enregistrement si Microsoft Teams affiche la bannière d&apos;enregistrement aux participants de l&apos;appel.&lt;/p&gt;&lt;p&gt;Le client doit avoir signé une &lt;b&gt;décharge juridique&lt;/b&gt; qui vous autorise, en tant que fournisseur de services, à contrôler la bannière. Saisissez la référence de la décharge pour confirmer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiver reference</source>
        <translation>Référence de la décharge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the waiver</source>
        <translation>Confirmer la décharge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiver &amp;reference:</source>
        <translation>&amp;Référence de la décharge :</translation>
    </message>
</context>
<context>
    <name>insights::Workspace</name>
    <message>
        <location filename="../app/workspace.cpp" line="+49"/>
        <source>Embedded local backend</source>
        <translation>Back-end local intégré</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not sign in to the local backend: %1</source>
        <translation>Impossible de se connecter au back-end local : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local backend was restarted.</source>
        <translation>Le back-end local a été redémarré.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The local cache could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le cache local : %1</translation>
    </message>
</context>
<context>
    <name>insights::server::Problems::Problems</name>
    <message>
        <location filename="../server/resthelpers.cpp" line="+3"/>
        <source>No %1 with this id</source>
        <translation>Aucun objet de type «&#xa0;%1&#xa0;» avec cet identifiant</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+53"/>
        <source>Onboards Microsoft 365 tenants onto Interaction Recording. Without --server it runs its own local backend.</source>
        <translation>Intègre des locataires Microsoft 365 à Interaction Recording. Sans --server, la console exécute son propre back-end local.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the console on this team server (also INSIGHTS_SERVER_URL); it asks for the password.</source>
        <translation>Ouvre la console sur ce serveur d&apos;équipe (également INSIGHTS_SERVER_URL) ; le mot de passe est demandé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name on that server.</source>
        <translation>Le nom d&apos;utilisateur sur ce serveur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--server: “%1” is not an http:// or https:// address with a host.
</source>
        <translation>--server : « %1 » n&apos;est pas une adresse http:// ou https:// avec un hôte.
</translation>
    </message>
</context>
</TS>
