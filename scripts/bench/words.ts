// The benchmark's vocabulary: English words paired with Spanish ones, so a generated article and
// its generated Spanish translation say "the same thing" word for word (the Spanish twin is the
// same draw of word numbers, read from the other column), and the Spanish runs longer, as real
// Spanish does. Common words are drawn far more often than rare ones (a Zipf-like weighting), and
// every article adds names of its own (made-up tools and teams, the same in both languages, as
// product names are), so the text varies from article to article and the search index, the
// compressed sizes and the per-page work look like those of written articles, not of one page
// repeated.
import { between, pick, type Random } from "./random";

/** "english:spanish" pairs, most common first. */
const PAIRS = `
data:datos team:equipo model:modelo work:trabajo question:pregunta answer:respuesta time:tiempo
people:personas role:rol project:proyecto result:resultado change:cambio problem:problema way:manera
system:sistema value:valor number:número decision:decisión business:negocio user:usuario
report:informe table:tabla query:consulta metric:métrica pipeline:pipeline feature:característica
signal:señal warehouse:almacén schema:esquema batch:lote stream:flujo test:prueba deploy:despliegue
review:revisión dashboard:dashboard sample:muestra label:etiqueta error:error baseline:referencia
forecast:pronóstico cluster:clúster vector:vector index:índice prompt:prompt latency:latencia
budget:presupuesto owner:responsable chart:gráfico trend:tendencia outlier:atípico column:columna
notebook:cuaderno service:servicio contract:contrato lineage:linaje partition:partición cache:caché
experiment:experimento hypothesis:hipótesis variance:varianza bias:sesgo accuracy:exactitud
drift:deriva monitor:monitor rollout:lanzamiento release:versión incident:incidente runbook:manual
customer:cliente product:producto market:mercado price:precio cost:coste risk:riesgo goal:objetivo
plan:plan step:paso stage:etapa level:nivel skill:habilidad tool:herramienta method:método
analysis:análisis insight:hallazgo evidence:evidencia source:fuente record:registro event:evento
log:registro file:archivo format:formato field:campo row:fila join:unión filter:filtro group:grupo
average:promedio median:mediana percent:porcentaje rate:tasa growth:crecimiento loss:pérdida
gain:ganancia score:puntuación weight:peso layer:capa network:red training:entrenamiento
inference:inferencia embedding:embedding token:token context:contexto window:ventana memory:memoria
storage:almacenamiento compute:cómputo server:servidor cloud:nube cost-center:centro-de-coste
interview:entrevista hiring:contratación career:carrera path:trayectoria manager:gerente
engineer:ingeniero analyst:analista scientist:científico researcher:investigador lead:líder
mentor:mentor junior:júnior senior:sénior portfolio:portafolio course:curso degree:título
certificate:certificado salary:salario offer:oferta company:empresa startup:startup
enterprise:corporación office:oficina meeting:reunión deadline:plazo sprint:sprint backlog:backlog
ticket:ticket bug:fallo fix:corrección patch:parche upgrade:actualización migration:migración
version:versión branch:rama commit:commit merge:fusión build:compilación package:paquete
library:biblioteca framework:framework language:lenguaje script:script function:función
variable:variable loop:bucle condition:condición graph:grafo node:nodo edge:arista path-cost:coste-de-ruta
quickly:rápidamente carefully:con-cuidado often:a-menudo rarely:rara-vez early:pronto late:tarde
clear:claro simple:sencillo complex:complejo robust:robusto fragile:frágil useful:útil noisy:ruidoso
clean:limpio raw:bruto fresh:reciente stale:obsoleto large:grande small:pequeño fast:rápido slow:lento
new:nuevo old:antiguo shared:compartido private:privado public:público daily:diario weekly:semanal
monthly:mensual yearly:anual manual:manual automatic:automático reliable:fiable costly:costoso
cheap:barato careful:cuidadoso honest:honesto measures:mide builds:construye tests:prueba
ships:publica reviews:revisa explains:explica compares:compara predicts:predice cleans:limpia
joins:combina trains:entrena tunes:ajusta serves:sirve watches:vigila fixes:corrige writes:escribe
reads:lee asks:pregunta answers:responde learns:aprende teaches:enseña plans:planifica
chooses:elige checks:comprueba stores:guarda moves:mueve loads:carga splits:divide labels:etiqueta
ranks:ordena scores:puntúa samples:muestrea drops:descarta keeps:conserva
`
  .trim()
  .split(/\s+/)
  .map((pair) => {
    const [en, es] = pair.split(":") as [string, string];
    return { en: en.replace(/-/g, " "), es: es.replace(/-/g, " ") };
  });

export type Lang = "en" | "es";

/** How many words the vocabulary has (names not counted). */
export const VOCABULARY_SIZE = PAIRS.length;

/** A word number drawn with weight 1/(rank + 8): the first words come up often, the last rarely, as in real text. */
const CUMULATIVE = (() => {
  const weights = PAIRS.map((_, i) => 1 / (i + 8));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
})();

export function drawWord(rng: Random): number {
  const x = rng();
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The word numbered i, in a language. */
export function wordIn(lang: Lang, i: number): string {
  return PAIRS[i]![lang];
}

const ONSETS = ["b", "br", "c", "d", "f", "g", "k", "l", "m", "n", "p", "qu", "r", "s", "st", "t", "tr", "v", "z"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io"];
const CODAS = ["", "", "n", "r", "s", "x", "l"];

/** A made-up name such as "Brionex": a tool, a team or a city, written the same in every language. */
export function madeUpName(rng: Random): string {
  const syllables = between(rng, 2, 3);
  let s = "";
  for (let i = 0; i < syllables; i++) s += pick(rng, ONSETS) + pick(rng, VOWELS);
  s += pick(rng, CODAS);
  return s[0]!.toUpperCase() + s.slice(1);
}
